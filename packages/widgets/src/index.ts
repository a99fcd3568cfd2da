/**
 * `@anders-kijken/widgets`: element classes, events and types, free of side effects.
 * Import `@anders-kijken/widgets/define` (or one component's entry) to register the tags.
 * @packageDocumentation
 */
export { VERSION } from './version.js';
export { defineElement } from './internal/define-element.js';
export { AkAssessmentSummary } from './components/ak-assessment-summary/ak-assessment-summary.js';
export { AkReferralGuide } from './components/ak-referral-guide/ak-referral-guide.js';
export { AkSignalCatalogue } from './components/ak-signal-catalogue/ak-signal-catalogue.js';
export { AkSignalCheck } from './components/ak-signal-check/ak-signal-check.js';
export { AkTraining } from './components/ak-training/ak-training.js';
export { AkYouthCheck } from './components/ak-youth-check/ak-youth-check.js';
export { AkYouthTraining } from './components/ak-youth-training/ak-youth-training.js';
export {
  AkAssessEvent,
  AkChangeEvent,
  AkErrorEvent,
  AkResetEvent,
  type AkAssessDetail,
  type AkChangeDetail,
  type AkErrorDetail,
} from './events/index.js';
export type { Translation } from './translations/translation.js';
