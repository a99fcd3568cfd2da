import { defineElement } from '../../internal/define-element.js';
import { AkYouthCheck } from './ak-youth-check.js';

export { AkYouthCheck };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-youth-check', AkYouthCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ak-youth-check': AkYouthCheck;
  }
}
