import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { browserBundle, lazyPatch } from './build-options.mjs';
import { textsByLocale } from './scripts/texts-by-locale.mjs';
import { coreByGroup } from './scripts/core-by-group.mjs';
const root = process.cwd();
const tags = readdirSync(`${root}/src/components`);
const texts = await textsByLocale(`${root}/src/internal/texts-by-locale.ts`);
const split = await build({ ...browserBundle, absWorkingDir: root, format: 'esm', outdir: 'an-out', write: false,
  entryPoints: Object.fromEntries(tags.map((t) => [t, `src/components/${t}/define.ts`])),
  splitting: true, chunkNames: 'chunk-[hash]', charset: 'utf8', metafile: true, plugins: [lazyPatch, texts.plugin, coreByGroup] });
const outputs = split.metafile.outputs;
function closure(file, seen = new Set()) { if (seen.has(file)) return seen; seen.add(file);
  for (const d of outputs[file].imports) if (d.kind === 'import-statement' && !d.external) closure(d.path, seen); return seen; }
const tag = process.argv[2] ?? 'ak-referral-guide';
const files = [...closure(`an-out/${tag}.js`)];
const by = {};
for (const f of files) for (const [i, v] of Object.entries(outputs[f].inputs)) {
  const key = i.replace(/^.*node_modules\//, 'nm/').replace(/^\.\.\/core\/dist\//,'core/');
  by[key] = (by[key] ?? 0) + v.bytesInOutput; }
const groups = {};
for (const [k, v] of Object.entries(by)) { const g = k.startsWith('nm/') ? k.split('/').slice(0, k.startsWith('nm/@')?3:2).join('/') : k.split('/').slice(0,3).join('/'); groups[g]=(groups[g]??0)+v; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${v}\t${k}`).join('\n'));
console.log('---');
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,40).map(([k,v])=>`${v}\t${k}`).join('\n'));
for (const f of files) console.error(f, outputs[f].bytes, Object.keys(outputs[f].inputs).filter(k=>k.includes('core/')).map(k=>k.split('/').slice(-2).join('/')).join(' '));
