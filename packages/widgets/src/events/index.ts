/**
 * Every event a widget fires. Each event module also declares its name on
 * `GlobalEventHandlersEventMap`, so `addEventListener('ak-assess', …)` is typed wherever this module's
 * types are part of the entry a consumer imports: the root, `define` and every component entry.
 */
export { AkAssessEvent, type AkAssessDetail } from './ak-assess.js';
export { AkChangeEvent, type AkChangeDetail } from './ak-change.js';
export { AkErrorEvent, type AkErrorDetail } from './ak-error.js';
export { AkResetEvent } from './ak-reset.js';
