import { defineElement } from '../../internal/define-element.js';
import { AkAssessmentSummary } from './ak-assessment-summary.js';

export { AkAssessmentSummary };
// The event classes and their details, from every entry: its types then carry the event map too.
export * from '../../events/index.js';

defineElement('ak-assessment-summary', AkAssessmentSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ak-assessment-summary': AkAssessmentSummary;
  }
}
