import { defaultRuleset } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { checkPage, type PageParts } from '../.vitepress/theme/page-check.js';
import { emptyContact, patchFromForm } from '../.vitepress/theme/local-contacts.js';

// "Check my page": what an editor pasted, and every problem said out loud.
const TODAY = defaultRuleset.reviewedOn;
const script = { src: '/anders-kijken/embed.js', type: 'module', integrity: 'sha384-x' };
const zwollePatch = patchFromForm({
  municipalityName: 'Zwolle',
  municipalityId: 'zwolle',
  contacts: [
    {
      ...emptyContact(TODAY),
      nameNl: 'Wijkteam',
      nameEn: 'Team',
      phone: '038 000 0000',
      hoursNl: 'Werkdagen',
      hoursEn: 'Weekdays',
      purposeNl: 'Advies',
      purposeEn: 'Advice',
    },
  ],
});
/** An element as a snippet writes it: with 112 and a link to leave by inside. */
const el = (tag: string, attributes: Record<string, string>, fallback = { call112: true, exit: true }) => ({
  tag,
  attributes,
  fallback,
});
const page = (overrides: Partial<PageParts>): PageParts => ({
  scripts: [script],
  preloads: ['/anders-kijken/ak-referral-guide.js', '/anders-kijken/chunk-A1.js'],
  stylesheets: [{ href: '/anders-kijken/fallback.css', integrity: '' }],
  islands: [{ id: 'ak-lokaal', type: 'application/json', text: JSON.stringify(zwollePatch) }],
  ids: ['ak-lokaal'],
  elements: [el('ak-referral-guide', { municipality: 'zwolle', patch: 'ak-lokaal' })],
  ...overrides,
});
const messages = (parts: PageParts) => checkPage(parts, TODAY).map((f) => `${f.severity}: ${f.message.en}`);

describe('the page check', () => {
  it('finds nothing to mend on a page made from the builder and the download', () => {
    expect(checkPage(page({}), TODAY)).toEqual([expect.objectContaining({ severity: 'ok' })]);
  });

  it('says when embed.js is missing, still the example path, from localhost, not a module or without integrity', () => {
    expect(messages(page({ scripts: [] }))).toEqual([expect.stringMatching(/^error: The page does not load embed.js/)]);
    const found = messages(
      page({ scripts: [{ src: '/pad/naar/anders-kijken/embed.js', type: '', integrity: '' }] }),
    ).join('\n');
    expect(found).toContain('still the example');
    expect(found).toContain('needs type="module"');
    expect(found).toContain('no integrity');
    expect(
      messages(page({ scripts: [{ ...script, src: 'http://localhost:4173/widgets/embed.js' }] })).join(),
    ).toContain('localhost');
  });

  it('takes embed.js, or training.js of older snippets, for the practice widgets, and asks embed.js for a check', () => {
    const training = { src: '/anders-kijken/training.js', type: 'module', integrity: 'sha384-t' };
    const practice = el('ak-youth-training', { 'exit-url': 'javascript:alert(1)' });
    expect(messages(page({ scripts: [training], islands: [], elements: [el('ak-training', {})] }))).toEqual([
      expect.stringMatching(/^ok: /),
    ]);
    // embed.js, the loader, loads the practice widgets too.
    expect(messages(page({ scripts: [script], islands: [], elements: [practice] }))).toEqual([
      expect.stringMatching(/^warning: exit-url="javascript:alert\(1\)" is not used/),
    ]);
    expect(messages(page({ scripts: [], islands: [], elements: [practice] }))).toEqual([
      expect.stringMatching(/^error: The page does not load embed.js/),
      expect.stringMatching(/^warning: exit-url="javascript:alert\(1\)" is not used/),
    ]);
    const both = messages(page({ scripts: [training] }));
    expect(both).toEqual([expect.stringMatching(/^error: The page does not load embed.js/)]);
  });

  it('warns about preload lines that do not point at the folder of embed.js', () => {
    expect(
      messages(page({ preloads: ['/pad/naar/anders-kijken/ak-referral-guide.js', '/anders-kijken/chunk-A1.js'] })),
    ).toEqual([
      expect.stringMatching(/^warning: 1 preload line\(s\) do not point at the folder of embed.js \(\/pad\/naar/),
    ]);
    expect(messages(page({ preloads: ['/oud/anders-kijken/chunk-A1.js'] })).join()).toContain(
      '/oud/anders-kijken/chunk-A1.js',
    );
    // Without preload lines there is nothing to say: they are optional.
    expect(checkPage(page({ preloads: [] }), TODAY)).toEqual([expect.objectContaining({ severity: 'ok' })]);
  });

  it('names an unknown municipality, a missing or broken patch, and a refused one', () => {
    expect(messages(page({ islands: [] })).join('\n')).toMatch(/error: There is no element with id "ak-lokaal"/);
    expect(messages(page({ islands: [{ id: 'ak-lokaal', type: 'application/json', text: '{' }] })).join()).toContain(
      'is not valid',
    );
    expect(messages(page({ elements: [el('ak-youth-check', { municipality: 'atlantis' })] })).join()).toContain(
      'Municipality "atlantis" is unknown',
    );
    const refused = { ...zwollePatch, contacts: { remove: ['emergency'] } };
    expect(
      messages(
        page({ islands: [{ id: 'ak-lokaal', type: 'application/json', text: JSON.stringify(refused) }] }),
      ).join(),
    ).toMatch(/error: Extension "ak-lokaal", contacts\.remove\.0/);
  });

  it('warns about contacts that are unconfirmed or not checked for six months', () => {
    const stale = {
      ...zwollePatch,
      contacts: { add: [{ ...zwollePatch.contacts!.add![0]!, checkedOn: '2026-01-01', confirmed: false }] },
    };
    const found = messages(
      page({ islands: [{ id: 'ak-lokaal', type: 'application/json', text: JSON.stringify(stale) }] }),
    );
    expect(found.join('\n')).toMatch(/warning: .*1 January 2026/);
    expect(found.join('\n')).toMatch(/warning: .*(unconfirmed|not confirmed)/i);
  });

  it('flags attributes a widget would ignore, and an exit-url it will not use', () => {
    const found = messages(
      page({
        elements: [
          el('ak-referral-guide', { level: 'urgent', lang: 'fr', age: '15' }),
          el('ak-youth-check', { 'exit-url': 'javascript:alert(1)' }),
          el('ak-unknown', {}),
        ],
      }),
    ).join('\n');
    expect(found).toContain('level="urgent" is not recognised');
    expect(found).toContain('lang="fr" is not recognised');
    expect(found).toContain('age="15" is not recognised');
    expect(found).toContain('exit-url="javascript:alert(1)" is not used');
    expect(found).toContain('ak-unknown is not an Anders Kijken component');
  });
});

describe('two data islands with the same id resolve silently', () => {
  it('says an id is on the page twice, and which patch it breaks', () => {
    const found = messages(page({ ids: ['ak-lokaal', 'ak-lokaal'] }));
    expect(found).toEqual([expect.stringMatching(/^error: There are 2 elements with id "ak-lokaal" on the page/)]);
    expect(checkPage(page({ ids: ['ak-lokaal', 'ak-lokaal'] }), TODAY)[0]?.message.nl).toContain(
      'Er staan 2 elementen met id "ak-lokaal"',
    );
    // Other ids may repeat without the check's say: only an island's id is read by a component.
    expect(messages(page({ ids: ['ak-lokaal', 'menu', 'menu'] }))).toEqual([expect.stringMatching(/^ok: /)]);
  });
});

describe('a page whose files do not load is blank: the page check flags an element without fallback', () => {
  it('warns about an element without 112 inside, and a youth element without a way to leave', () => {
    const bare = { call112: false, exit: false };
    expect(
      messages(page({ elements: [el('ak-referral-guide', { municipality: 'zwolle', patch: 'ak-lokaal' }, bare)] })),
    ).toEqual([
      expect.stringMatching(
        /^warning: <ak-referral-guide> holds no content with 112 for when its script does not load/,
      ),
    ]);
    expect(
      messages(page({ islands: [], ids: [], elements: [el('ak-youth-check', {}, { call112: true, exit: false })] })),
    ).toEqual([expect.stringMatching(/^warning: <ak-youth-check> holds no content with 112 and "Leave quickly"/)]);
    expect(messages(page({ islands: [], ids: [], elements: [el('ak-youth-check', {})] }))).toEqual([
      expect.stringMatching(/^ok: /),
    ]);
  });
});
