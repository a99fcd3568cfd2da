/**
 * The practice widgets for a script tag, `<script type="module" src=".../training.js">`: registers
 * `<ak-training>` and `<ak-youth-training>`, with lit, core and the cases inside. Kept apart from
 * embed.js, so a page with a check never loads the cases; a page may load both files.
 * @packageDocumentation
 */
import './components/ak-training/define.js';
import './components/ak-youth-training/define.js';

export { VERSION } from './version.js';
