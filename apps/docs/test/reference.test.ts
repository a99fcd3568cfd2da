import { catalogue, defaultRuleset, LOCALES } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { entries } from '../reference/catalogue-data.js';
import { entryPage } from '../reference/entry-page.js';
import { text } from '../reference/markdown.js';
import { contactsPage } from '../reference/pages/contacts.js';
import { levelsPage } from '../reference/pages/levels.js';
import { rulesPage } from '../reference/pages/rules.js';
import { sourcesPage } from '../reference/pages/sources.js';
import { referenceFiles } from '../reference/routes.js';

describe('the generated reference', () => {
  it.each(LOCALES)('has a page for every signal, acute signal and risk factor in %s', (locale) => {
    const ids = referenceFiles(locale)
      .map((page) => /^signals\/(.+)\.md$/.exec(page.file)?.[1])
      .filter((id) => id !== undefined);
    expect(new Set(ids)).toEqual(new Set([...catalogue.signals, ...catalogue.riskFactors].map((e) => e.id)));
    expect(ids).toHaveLength(entries.length);
  });

  it.each(LOCALES)(
    'shows label, question, every example, dimension, strength and sources of a signal in %s',
    (locale) => {
      for (const entry of catalogue.signals) {
        const page = entryPage(entry, locale);
        expect(page).toContain(`# ${text(entry.texts.label[locale])}`);
        expect(page).toContain(text(entry.texts.question[locale]));
        for (const example of entry.texts.examples) expect(page).toContain(text(example[locale]));
        for (const id of entry.sourceIds) {
          const source = defaultRuleset.sources.find((s) => s.id === id)!;
          expect(page).toContain(text(source.title));
        }
        expect(page).toMatch(/\*\*(Sterkte|Strength)\*\*: (sterk|middel|zwak|strong|medium|weak) /);
        if (entry.kind === 'signal') expect(page).toMatch(/\*\*(Soort bewijs|Kind of evidence)\*\*: (in)?direct/);
        if (entry.texts.parentQuestion) expect(page).toContain(text(entry.texts.parentQuestion[locale]));
        // The facts are a list of their own, not a continuation of the examples.
        expect(page).toMatch(/## (Kenmerken|Facts)\n\n- \*\*Id\*\*/);
      }
    },
  );

  it('marks risk factors as context, never evidence, and acute signals as a reason to call 112', () => {
    const risk = catalogue.riskFactors[0]!;
    expect(entryPage(risk, 'nl')).toContain('nooit op zichzelf een aanwijzing');
    expect(entryPage(risk, 'nl')).not.toContain('bewijs</span>');
    expect(entryPage(risk, 'en')).toContain('never on its own a sign');
    expect(entryPage(risk, 'en')).toContain('- **Dimension**: Vulnerability: context, not evidence');
    const acute = catalogue.signals.find((s) => s.kind === 'acute')!;
    expect(entryPage(acute, 'nl')).toContain('Bel 112');
    expect(entryPage(acute, 'nl')).toContain('Deze vraag gaat over nu');
  });

  it('shows the kind of evidence as a badge with its meaning, direct and indirect', () => {
    const courier = catalogue.signals.find((s) => s.id === 'activity-courier')!;
    expect(entryPage(courier, 'nl')).toContain('<span class="ak-evidence ak-evidence--direct">direct bewijs</span>');
    const trainers = catalogue.signals.find((s) => s.id === 'activity-unexplained-money')!;
    expect(entryPage(trainers, 'en')).toContain('indirect evidence</span>');
    expect(entryPage(trainers, 'en')).toContain('Indirect signals alone never make a suspicion');
  });

  it('lists every rule, every dated parameter with its sources, and the ruleset hash', () => {
    const page = rulesPage('en');
    defaultRuleset.rules.forEach((rule, i) => {
      expect(page).toContain(`### Rule ${i + 1}: `);
      expect(page).toContain(`{#rule-${rule.id}}\n\n- **Id**: \`${rule.id}\``);
    });
    // Headings are in the reader's language; ids, in English, go below them.
    expect(rulesPage('nl')).not.toMatch(/^###.*`/m);
    // Dutch as it is written: one signal is "één signaal", never "1 signalen"; an answer is "ja, duidelijk".
    expect(rulesPage('nl')).not.toMatch(/minstens 1 \S+en\b|Zou leiden tot|blik van een deskundige/);
    expect(rulesPage('nl')).not.toMatch(/"duidelijk"/i);
    for (const parameter of defaultRuleset.parameters) {
      expect(page).toContain(`### ${parameter.label.en} {#${parameter.id}}`);
      for (const value of parameter.values) expect(page).toContain(`| \`${value.value}\` | 1 December 2026 |`);
    }
    expect(page).toMatch(/`nl-criminal-exploitation` \| `2\.1\.0` \| 7 December 2026 \| `[0-9a-f]+`/);
    expect(rulesPage('nl')).toContain('| `5` | 1 december 2026 | [`AK-CALIBRATION`]');
    expect(page).not.toMatch(/ILO-2009`\]\(\/en\/reference\/sources#source-ilo-2009\) \|$/m);
  });

  it('describes each rule from its data, so the page cannot drift from the engine', () => {
    const page = rulesPage('en');
    expect(page).toContain('at least one of the acute signals is observed as "possibly" or "yes, clearly"');
    expect(page).toContain(
      'for minors (and unknown age): the dimension Criminal activity is indicated by its direct signals alone, at least one of them clear; and the dimension Recruitment, Control and coercion, or Harm and exploitative conditions is indicated',
    );
    expect(page).toContain('the observed signals together weigh at least `substantial-threshold`');
    expect(rulesPage('nl')).toContain(
      'minstens één van de acute signalen is waargenomen als "misschien" of "ja, duidelijk"',
    );
    // Plural forms, never "1 signalen".
    expect(rulesPage('nl')).not.toMatch(/\b1 signalen\b/);
  });

  it('gives each level its steps for every audience, in meldcode order for professionals', () => {
    const page = levelsPage('nl');
    for (const heading of [
      '## Geen signalen',
      '## Aandacht',
      '## Zorgen',
      '## Vermoeden van uitbuiting',
      '## Acuut gevaar',
    ])
      expect(page).toContain(heading);
    expect(page).toContain('### Jongere {#acute-young-person}');
    expect(page).toMatch(/1\. \*\*Breng de signalen in kaart\*\* \*\(meldcode stap 1\)\*/);
    expect(page).toContain('Voor ouders heet dit niveau: **Ernstige zorgen: vraag vandaag advies**.');
  });

  it('shows which steps hold for which age group, and the steps observations add', () => {
    const page = levelsPage('nl');
    expect(page).toMatch(
      /\*\*Meld bij Veilig Thuis\*\* \*\(meldcode stap 5\)\* \*\(Jonger dan 12, 12 tot 18 \(of leeftijd onbekend\)\)\*/,
    );
    expect(page).toMatch(/\*\*Meld uitbuiting van een jongvolwassene\*\* \*\(18 of ouder\)\*/);
    expect(page).toContain('[De Kindertelefoon](/reference/contacts#contact-kindertelefoon) (8 tot en met 17 jaar)');
    expect(page).toContain('## Stappen die een waarneming toevoegt {#triggered}');
    expect(page).toContain('{#step-suicide-help}');
    expect(page).toContain('Staat bovenaan als deze waarneming het niveau alleen bepaalde.');
  });

  it('lists every contact with the date it was checked, local ones under their municipality', () => {
    const page = contactsPage('nl');
    for (const contact of defaultRuleset.contacts) {
      expect(page).toContain(`{#contact-${contact.id}}`);
    }
    expect(page.match(/\*\*Gecontroleerd op\*\*: [17] december 2026/g)).toHaveLength(defaultRuleset.contacts.length);
    expect(page.indexOf('{#den-haag}')).toBeLessThan(page.indexOf('{#contact-den-haag-shop-jeugd}'));
    expect(page).toContain('geen telefoonnummer of website bekend');
    expect(page).toContain('- **Leeftijden**: 8 tot en met 17 jaar');
  });

  it('gives every source an anchor that signal pages link to', () => {
    const page = sourcesPage('en');
    for (const source of defaultRuleset.sources) expect(page).toContain(`{#source-${source.id.toLowerCase()}}`);
    expect(entryPage(catalogue.signals[0]!, 'en')).toMatch(/\]\(\/en\/reference\/sources#source-[a-z0-9-]+\)/);
  });

  it.each(LOCALES)('has the single pages in %s', (locale) => {
    expect(
      referenceFiles(locale)
        .filter((page) => !page.file.includes('/'))
        .map((page) => page.file),
    ).toEqual(['signals.md', 'rules.md', 'levels.md', 'contacts.md', 'sources.md', 'schemas.md']);
  });
});

describe('text', () => {
  it('renders HTML, Vue interpolation and Markdown from a ruleset as literal text', () => {
    expect(text('<script>alert(1)</script> {{ secret }} *bold* [link](x) a|b')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; secret &#125;&#125; \\*bold\\* \\[link\\](x) a&#124;b',
    );
  });

  it('keeps a multi-line text on one line, so it cannot start a Markdown block', () => {
    expect(text('one\n# two')).toBe('one \\# two');
  });
});
