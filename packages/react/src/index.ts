/**
 * `@anders-kijken/react`: the Anders Kijken widgets as React components, built with `@lit/react`.
 * Properties are set as properties (an `assessment` or a `ruleset` object works), and the widget
 * events are props: `onAkAssess`, `onAkChange`, `onAkReset`, `onAkError`. Because the listeners are
 * attached by the component rather than by React's attribute handling, they also work after server
 * rendering and `hydrateRoot`. Importing this module registers the tags it wraps. The practice
 * widgets, which carry their cases, are in `@anders-kijken/react/training`.
 * @packageDocumentation
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { AkAssessmentSummary } from '@anders-kijken/widgets/ak-assessment-summary';
import { AkReferralGuide } from '@anders-kijken/widgets/ak-referral-guide';
import { AkSignalCatalogue } from '@anders-kijken/widgets/ak-signal-catalogue';
import { AkSignalCheck } from '@anders-kijken/widgets/ak-signal-check';
import { AkYouthCheck } from '@anders-kijken/widgets/ak-youth-check';
import { eventProps } from './events.js';

export type {
  AkAssessDetail,
  AkAssessEvent,
  AkChangeDetail,
  AkChangeEvent,
  AkErrorDetail,
  AkErrorEvent,
  AkResetEvent,
} from '@anders-kijken/widgets';

/** `<ak-signal-check>`: the check for professionals and parents. */
export const SignalCheck = createComponent({
  tagName: 'ak-signal-check',
  elementClass: AkSignalCheck,
  react: React,
  events: eventProps['ak-signal-check'],
  displayName: 'SignalCheck',
});

/** `<ak-youth-check>`: the check for young people, with its quick exit. */
export const YouthCheck = createComponent({
  tagName: 'ak-youth-check',
  elementClass: AkYouthCheck,
  react: React,
  events: eventProps['ak-youth-check'],
  displayName: 'YouthCheck',
});

/** `<ak-referral-guide>`: who to contact, for a level, an audience and an age. */
export const ReferralGuide = createComponent({
  tagName: 'ak-referral-guide',
  elementClass: AkReferralGuide,
  react: React,
  events: eventProps['ak-referral-guide'],
  displayName: 'ReferralGuide',
});

/** `<ak-signal-catalogue>`: every signal, searchable, with its sources. */
export const SignalCatalogue = createComponent({
  tagName: 'ak-signal-catalogue',
  elementClass: AkSignalCatalogue,
  react: React,
  events: eventProps['ak-signal-catalogue'],
  displayName: 'SignalCatalogue',
});

/** `<ak-assessment-summary>`: shows an `assessment` from core's `assess()`. */
export const AssessmentSummary = createComponent({
  tagName: 'ak-assessment-summary',
  elementClass: AkAssessmentSummary,
  react: React,
  events: eventProps['ak-assessment-summary'],
  displayName: 'AssessmentSummary',
});
