import { defineElement } from '../../internal/define-element.js';
import { AkSignalCatalogue } from './ak-signal-catalogue.js';

export { AkSignalCatalogue };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-signal-catalogue', AkSignalCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'ak-signal-catalogue': AkSignalCatalogue;
  }
}
