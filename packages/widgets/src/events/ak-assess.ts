import type { Assessment } from '@anders-kijken/core';

/** What `ak-assess` carries: the assessment, as `assess` returned it. */
export interface AkAssessDetail {
  assessment: Assessment;
}

/** Fired when a widget has a new assessment. Detail: `{ assessment }`. */
export class AkAssessEvent extends Event {
  readonly detail: AkAssessDetail;

  constructor(assessment: Assessment) {
    super('ak-assess', { bubbles: true, composed: true, cancelable: false });
    this.detail = { assessment };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-assess': AkAssessEvent;
  }
}
