import { defineElement } from '../../internal/define-element.js';
import { AkYouthCheck } from './ak-youth-check.js';

defineElement('ak-youth-check', AkYouthCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ak-youth-check': AkYouthCheck;
  }
}
