import { defineElement } from '../../internal/define-element.js';
import { AkReferralGuide } from './ak-referral-guide.js';

defineElement('ak-referral-guide', AkReferralGuide);

declare global {
  interface HTMLElementTagNameMap {
    'ak-referral-guide': AkReferralGuide;
  }
}
