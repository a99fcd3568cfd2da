import { defineElement } from '../../internal/define-element.js';
import { AkAssessmentSummary } from './ak-assessment-summary.js';

defineElement('ak-assessment-summary', AkAssessmentSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ak-assessment-summary': AkAssessmentSummary;
  }
}
