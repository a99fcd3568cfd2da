import type { EventName } from '@lit/react';
import type { AkAssessEvent, AkChangeEvent, AkErrorEvent, AkResetEvent } from '@anders-kijken/widgets';

/** Every widget may fire `ak-error`. */
const errorEvents = {
  onAkError: 'ak-error' as EventName<AkErrorEvent>,
};

/** The checks fire all four events. */
const checkEvents = {
  ...errorEvents,
  onAkAssess: 'ak-assess' as EventName<AkAssessEvent>,
  onAkChange: 'ak-change' as EventName<AkChangeEvent>,
  onAkReset: 'ak-reset' as EventName<AkResetEvent>,
};

/** Per tag, the React prop for each event it fires (as `custom-elements.json` lists them; a test checks). */
export const eventProps = {
  'ak-assessment-summary': errorEvents,
  'ak-referral-guide': errorEvents,
  'ak-signal-catalogue': errorEvents,
  'ak-signal-check': checkEvents,
  'ak-training': errorEvents,
  'ak-youth-check': checkEvents,
  'ak-youth-training': errorEvents,
} as const;
