import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { browserBundle, lazyPatch } from './build-options.mjs';
import { textsByLocale } from './scripts/texts-by-locale.mjs';
const root = process.cwd();
const texts = await textsByLocale(`${root}/src/internal/texts-by-locale.ts`);
for (const tag of ['ak-referral-guide', 'ak-youth-check', 'ak-signal-check']) {
  const r = await build({ ...browserBundle, sourcemap: false, absWorkingDir: root, format: 'esm', outdir: 'an-out', write: false, splitting: true,
    entryPoints: { [tag]: `src/components/${tag}/define.ts` }, charset: 'utf8', plugins: [lazyPatch, texts.plugin], metafile: true });
  const main = r.outputFiles.find((f) => f.path.endsWith(`${tag}.js`));
  // static closure
  const outs = r.metafile.outputs; const seen = new Set();
  const walk = (f) => { if (seen.has(f)) return; seen.add(f); for (const i of outs[f].imports) if (i.kind === 'import-statement') walk(i.path); };
  walk(`an-out/${tag}.js`);
  const bytes = [...seen].map((f) => r.outputFiles.find((o) => o.path.endsWith(f.slice(6))).contents);
  console.log(tag, 'alone, static files', seen.size, 'gzip', bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0));
}
