import { defineElement } from '../../internal/define-element.js';
import { AkSignalCatalogue } from './ak-signal-catalogue.js';

defineElement('ak-signal-catalogue', AkSignalCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'ak-signal-catalogue': AkSignalCatalogue;
  }
}
