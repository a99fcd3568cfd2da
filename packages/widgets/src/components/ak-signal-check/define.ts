import '../ak-assessment-summary/define.js';
import { defineElement } from '../../internal/define-element.js';
import { AkSignalCheck } from './ak-signal-check.js';

defineElement('ak-signal-check', AkSignalCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ak-signal-check': AkSignalCheck;
  }
}
