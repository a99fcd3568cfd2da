import '../ak-assessment-summary/define.js';
import { defineElement } from '../../internal/define-element.js';
import { AkSignalCheck } from './ak-signal-check.js';

export { AkSignalCheck };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-signal-check', AkSignalCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ak-signal-check': AkSignalCheck;
  }
}
