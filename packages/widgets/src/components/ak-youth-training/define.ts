import { defineElement } from '../../internal/define-element.js';
import { AkYouthTraining } from './ak-youth-training.js';

export { AkYouthTraining };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-youth-training', AkYouthTraining);

declare global {
  interface HTMLElementTagNameMap {
    'ak-youth-training': AkYouthTraining;
  }
}
