// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Vue also needs to know these are custom elements at run time: compilerOptions.isCustomElement.
import type { DefineComponent } from 'vue';
import type { AkAssessmentSummary, AkReferralGuide, AkSignalCatalogue, AkSignalCheck, AkTraining, AkYouthCheck, AkYouthTraining, AkAssessEvent, AkChangeEvent, AkErrorEvent, AkResetEvent } from '../index.js';

/** Props of `<ak-assessment-summary>` in Vue templates; `@ak-error` is the `onAkError` prop. */
export type AkAssessmentSummaryVueProps = Partial<Pick<AkAssessmentSummary, 'assessment' | 'headingLevel' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-referral-guide>` in Vue templates; `@ak-error` is the `onAkError` prop. */
export type AkReferralGuideVueProps = Partial<Pick<AkReferralGuide, 'level' | 'audience' | 'age' | 'municipality' | 'noChoices' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-signal-catalogue>` in Vue templates; `@ak-error` is the `onAkError` prop. */
export type AkSignalCatalogueVueProps = Partial<Pick<AkSignalCatalogue, 'dimension' | 'query' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-signal-check>` in Vue templates; `@ak-change` is the `onAkChange` prop. */
export type AkSignalCheckVueProps = Partial<Pick<AkSignalCheck, 'audience' | 'municipality' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkChange?: (event: AkChangeEvent) => void;
  onAkAssess?: (event: AkAssessEvent) => void;
  onAkReset?: (event: AkResetEvent) => void;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-training>` in Vue templates; `@ak-error` is the `onAkError` prop. */
export type AkTrainingVueProps = Partial<Pick<AkTraining, 'case' | 'audience' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-youth-check>` in Vue templates; `@ak-change` is the `onAkChange` prop. */
export type AkYouthCheckVueProps = Partial<Pick<AkYouthCheck, 'exitUrl' | 'municipality' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkChange?: (event: AkChangeEvent) => void;
  onAkAssess?: (event: AkAssessEvent) => void;
  onAkReset?: (event: AkResetEvent) => void;
  onAkError?: (event: AkErrorEvent) => void;
};

/** Props of `<ak-youth-training>` in Vue templates; `@ak-error` is the `onAkError` prop. */
export type AkYouthTrainingVueProps = Partial<Pick<AkYouthTraining, 'scenario' | 'exitUrl' | 'municipality' | 'patch' | 'ruleset'>> & {
  lang?: string;
  onAkError?: (event: AkErrorEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    /** The outcome of a check, explained. */
    'ak-assessment-summary': DefineComponent<AkAssessmentSummaryVueProps>;
    /** Where to go: next steps and contacts for a level and audience. */
    'ak-referral-guide': DefineComponent<AkReferralGuideVueProps>;
    /** All signals, searchable, with examples and sources. */
    'ak-signal-catalogue': DefineComponent<AkSignalCatalogueVueProps>;
    /** The guided check of signals, with an explained outcome. */
    'ak-signal-check': DefineComponent<AkSignalCheckVueProps>;
    /** Practise recognising criminal exploitation on cases, with feedback from the check's rules. */
    'ak-training': DefineComponent<AkTrainingVueProps>;
    /** A short, simple check for young people, with a quick exit. */
    'ak-youth-check': DefineComponent<AkYouthCheckVueProps>;
    /** Spot the trick: chat scenarios for young people, with a quick exit. */
    'ak-youth-training': DefineComponent<AkYouthTrainingVueProps>;
  }
}
