// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// React 19 sets a known property as a property and listens to `onak-assess` as the event `ak-assess`.
// After server rendering React does not attach those listeners: use @anders-kijken/react there.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AkAssessmentSummary, AkReferralGuide, AkSignalCatalogue, AkSignalCheck, AkTraining, AkYouthCheck, AkYouthTraining, AkAssessEvent, AkChangeEvent, AkErrorEvent, AkResetEvent } from '../index.js';

/** Props of `<ak-assessment-summary>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkAssessmentSummaryJsxProps = Partial<Pick<AkAssessmentSummary, 'assessment' | 'headingLevel' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkAssessmentSummary>, AkAssessmentSummary> & {
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-referral-guide>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkReferralGuideJsxProps = Partial<Pick<AkReferralGuide, 'level' | 'audience' | 'age' | 'municipality' | 'noChoices' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkReferralGuide>, AkReferralGuide> & {
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-signal-catalogue>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkSignalCatalogueJsxProps = Partial<Pick<AkSignalCatalogue, 'dimension' | 'query' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkSignalCatalogue>, AkSignalCatalogue> & {
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-signal-check>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkSignalCheckJsxProps = Partial<Pick<AkSignalCheck, 'audience' | 'municipality' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkSignalCheck>, AkSignalCheck> & {
  'onak-change'?: (event: AkChangeEvent) => void;
  'onak-assess'?: (event: AkAssessEvent) => void;
  'onak-reset'?: (event: AkResetEvent) => void;
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-training>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkTrainingJsxProps = Partial<Pick<AkTraining, 'case' | 'audience' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkTraining>, AkTraining> & {
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-youth-check>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkYouthCheckJsxProps = Partial<Pick<AkYouthCheck, 'exitUrl' | 'municipality' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkYouthCheck>, AkYouthCheck> & {
  'onak-change'?: (event: AkChangeEvent) => void;
  'onak-assess'?: (event: AkAssessEvent) => void;
  'onak-reset'?: (event: AkResetEvent) => void;
  'onak-error'?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-youth-training>` in React 19 JSX: properties by name, events as `on` + the event name. */
export type AkYouthTrainingJsxProps = Partial<Pick<AkYouthTraining, 'scenario' | 'exitUrl' | 'municipality' | 'patch' | 'ruleset'>> &
  DetailedHTMLProps<HTMLAttributes<AkYouthTraining>, AkYouthTraining> & {
  'onak-error'?: (event: AkErrorEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The outcome of a check, explained. */
      'ak-assessment-summary': AkAssessmentSummaryJsxProps;
      /** Where to go: next steps and contacts for a level and audience. */
      'ak-referral-guide': AkReferralGuideJsxProps;
      /** All signals, searchable, with examples and sources. */
      'ak-signal-catalogue': AkSignalCatalogueJsxProps;
      /** The guided check of signals, with an explained outcome. */
      'ak-signal-check': AkSignalCheckJsxProps;
      /** Practise recognising criminal exploitation on cases, with feedback from the check's rules. */
      'ak-training': AkTrainingJsxProps;
      /** A short, simple check for young people, with a quick exit. */
      'ak-youth-check': AkYouthCheckJsxProps;
      /** Spot the trick: chat scenarios for young people, with a quick exit. */
      'ak-youth-training': AkYouthTrainingJsxProps;
    }
  }
}
