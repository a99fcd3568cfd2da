// For the split browser build: the widgets' imports from '@anders-kijken/core' come from two
// modules instead of core's index, one with what evaluates an input (`assess`, `safeAssess`,
// `explain`) and one with the rest. esbuild splits shared code by file, not by function: every
// element reaches core's index, so everything any element uses from it lands in the chunk every
// page loads, the referral guide's and the catalogue's too. Through two modules, the evaluation
// only reaches the elements that import it, in one chunk of its own (one module per function would
// make more, smaller chunks, which cost the checks more than they save). The npm build keeps the
// public import: an app's bundler shakes the index by statement.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const CORE = '@anders-kijken/core';
const NAMESPACE = 'ak-core';
/** What evaluates an input, with the files it needs: only the elements that assess or explain import it. */
const EVALUATION = new Set(['assess', 'safeAssess', 'explain']);

const require = createRequire(import.meta.url);
const coreRoot = dirname(require.resolve(`${CORE}/package.json`));

/** Every value core's index exports, with the built file that defines it: `export { a } from './x.js'`. */
function exportedFiles() {
  const index = join(coreRoot, 'src/index.ts');
  const source = ts.createSourceFile(index, readFileSync(index, 'utf8'), ts.ScriptTarget.Latest);
  const files = new Map();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
    if (!statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause))
      throw new Error(`core-by-group: core's index may only re-export by name (${statement.getText(source)})`);
    const file = join(coreRoot, 'dist', statement.moduleSpecifier.text);
    for (const element of statement.exportClause.elements)
      if (!element.isTypeOnly)
        files.set(element.name.text, { file, name: (element.propertyName ?? element.name).text });
  }
  for (const name of EVALUATION) if (!files.has(name)) throw new Error(`core-by-group: core exports no ${name}`);
  return files;
}

/** The group a name of core's index belongs to. */
const groupOf = (name) => (EVALUATION.has(name) ? 'evaluation' : 'base');

/** A module re-exporting a group's names from the files that define them. */
function groupModule(files, group) {
  const lines = [...files]
    .filter(([exported]) => groupOf(exported) === group)
    .map(([exported, { file, name }]) => `export { ${name} as ${exported} } from ${JSON.stringify(file)};`);
  return lines.join('\n');
}

/**
 * The source of a module with its value imports from core's index taken from the two groups. The
 * lines stay where they were, so the source maps still point at the right lines.
 */
export function importByGroup(contents, path) {
  const source = ts.createSourceFile(path, contents, ts.ScriptTarget.Latest);
  let result = '';
  let at = 0;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.moduleSpecifier.text !== CORE) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings))
      throw new Error(`core-by-group: ${path} imports ${CORE} other than by name`);
    const byGroup = new Map();
    for (const element of clause.namedBindings.elements) {
      if (element.isTypeOnly) continue;
      const imported = (element.propertyName ?? element.name).text;
      const group = groupOf(imported);
      byGroup.set(group, [...(byGroup.get(group) ?? []), `${imported} as ${element.name.text}`]);
    }
    const start = statement.getStart(source);
    const lines = contents.slice(start, statement.end).split('\n').length;
    const replacement = [...byGroup].map(
      ([group, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(`${NAMESPACE}:${group}`)};`,
    );
    result += contents.slice(at, start) + replacement.join(' ') + '\n'.repeat(lines - 1);
    at = statement.end;
  }
  return result + contents.slice(at);
}

/** @type {import('esbuild').Plugin} */
export const coreByGroup = {
  name: 'core-by-group',
  setup(build) {
    const files = exportedFiles();
    build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const contents = readFileSync(path, 'utf8');
      return { contents: contents.includes(CORE) ? importByGroup(contents, path) : contents, loader: 'ts' };
    });
    build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, ({ path }) => ({
      path: path.slice(NAMESPACE.length + 1),
      namespace: NAMESPACE,
    }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => ({
      contents: groupModule(files, path),
      resolveDir: coreRoot,
      loader: 'js',
    }));
  },
};
