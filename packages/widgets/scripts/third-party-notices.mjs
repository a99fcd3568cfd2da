// The licences of the npm packages bundled into the browser files, for the download and the npm
// package that ship those files. Which packages are bundled is read from the files' source maps,
// so a dependency added to the bundle brings its licence without anyone remembering to.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file the notices are written to, in dist/ and in the download. */
export const THIRD_PARTY_NOTICES = 'THIRD-PARTY-NOTICES.txt';

/** The package a bundled source path comes from (`…/node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`). */
export function packageOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [scope, name] = source.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/**
 * The packages bundled into the browser files in `dist`, sorted. Files without a source map are the
 * generated texts, which bundle nothing; any other file without one is an error, not a silent gap.
 */
export function bundledPackages(dist, files) {
  const packages = new Set();
  for (const file of files) {
    const map = join(dist, `${file}.map`);
    if (!existsSync(map)) {
      if (file.startsWith('texts-')) continue;
      throw new Error(`release: ${file} has no source map, so what it bundles is unknown.`);
    }
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
      const name = packageOf(source);
      if (name && !name.startsWith('@anders-kijken/')) packages.add(name);
    }
  }
  return [...packages].sort();
}

/** The folder of an installed package, looked for from the widgets up to the repository root. */
function packageDir(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`release: ${name} is bundled but not installed.`);
  }
}

/** A package's licence text: its LICENSE (or LICENCE, COPYING) file, which every bundled one must have. */
export function licenceText(name, from) {
  const dir = packageDir(name, from);
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING']) {
    const path = join(dir, file);
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  }
  throw new Error(`release: ${name} is bundled but has no licence file to copy.`);
}

/** The notices: for each bundled package its name, version, licence and the licence's full text. */
export function thirdPartyNotices(dist, files) {
  const from = dirname(dist);
  const parts = bundledPackages(dist, files).map((name) => {
    const { version, license } = JSON.parse(readFileSync(join(packageDir(name, from), 'package.json'), 'utf8'));
    return `${name} ${version} (${license})\n\n${licenceText(name, from)}\n`;
  });
  return [
    'The browser files of Anders Kijken (EUPL-1.2) contain the following packages, under their own licences.',
    'De browserbestanden van Anders Kijken (EUPL-1.2) bevatten de volgende pakketten, onder hun eigen licenties.',
    '',
    ...parts.map((part) => `${'='.repeat(78)}\n${part}`),
  ].join('\n');
}
