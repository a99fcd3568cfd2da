import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['core', 'widgets'];

const words = {
  nl: {
    title: 'Wijzigingen',
    intro:
      'Wat er verandert in de npm-pakketten `@anders-kijken/core` en `@anders-kijken/widgets`. Deze pagina wordt bij elke build gemaakt uit de changesets in de repository.',
    pending: 'Nog niet uitgebracht',
    pendingIntro: 'Deze wijzigingen komen in de volgende versie.',
    released: (/** @type {string} */ name) => `Uitgebracht: ${name}`,
    none: 'Er zijn nog geen versies uitgebracht.',
  },
  en: {
    title: 'Changelog',
    intro:
      'What changes in the npm packages `@anders-kijken/core` and `@anders-kijken/widgets`. This page is generated at every build from the changesets in the repository.',
    pending: 'Not released yet',
    pendingIntro: 'These changes go into the next version.',
    released: (/** @type {string} */ name) => `Released: ${name}`,
    none: 'No version has been released yet.',
  },
};

/** Escapes what VitePress would read as Vue interpolation. @param {string} text */
const literal = (text) => text.replaceAll('{{', '&#123;&#123;').replaceAll('}}', '&#125;&#125;');

/**
 * Pending changesets (one `.changeset/*.md` per change) and each package's CHANGELOG.md, as one page.
 * @param {string} repo @param {'nl' | 'en'} locale
 */
export function changelogPage(repo, locale) {
  const w = words[locale];
  const lines = [`# ${w.title}`, '', w.intro, '', `## ${w.pending}`, '', w.pendingIntro, ''];
  const folder = join(repo, '.changeset');
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    if (front === undefined || body === undefined) continue;
    const bumps = [...front.matchAll(/^['"]?([^'":]+)['"]?:\s*(\w+)/gm)].map((m) => `\`${m[1]}\` ${m[2]}`);
    lines.push(`- **${bumps.join(', ')}**: ${literal(body.trim()).replace(/\n+/g, ' ')}`);
  }
  let released = false;
  for (const name of PACKAGES) {
    const changelog = join(repo, 'packages', name, 'CHANGELOG.md');
    if (!existsSync(changelog)) continue;
    released = true;
    const body = readFileSync(changelog, 'utf8')
      .replace(/^# .*\n/, '')
      .replace(/^## /gm, '### ');
    lines.push('', `## ${w.released(`@anders-kijken/${name}`)}`, '', literal(body));
  }
  if (!released) lines.push('', w.none);
  return `${lines.join('\n')}\n`;
}
