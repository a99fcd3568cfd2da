import { defineElement } from '../../internal/define-element.js';
import { AkTraining } from './ak-training.js';

export { AkTraining };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-training', AkTraining);

declare global {
  interface HTMLElementTagNameMap {
    'ak-training': AkTraining;
  }
}
