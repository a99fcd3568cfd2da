import { defineElement } from '../../internal/define-element.js';
import { AkReferralGuide } from './ak-referral-guide.js';

export { AkReferralGuide };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-referral-guide', AkReferralGuide);

declare global {
  interface HTMLElementTagNameMap {
    'ak-referral-guide': AkReferralGuide;
  }
}
