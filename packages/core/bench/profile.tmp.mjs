import { assess, catalogue } from '../dist/index.js';
import { randomInputs } from './inputs.mjs';
const inputs = randomInputs(catalogue, 10000);
let s = 0;
const t = performance.now();
for (let k = 0; k < 400000; k++) {
  const r = assess(inputs[k % 10000]);
  s += r.findings.length;
}
console.log((400000 / ((performance.now() - t) / 1000)) | 0, s);
