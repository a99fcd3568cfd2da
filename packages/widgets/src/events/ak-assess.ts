import type { Assessment } from '@anders-kijken/core';

/** Fired when a widget has a new assessment. Detail: the assessment, as `assess` returned it. */
export class AkAssessEvent extends Event {
  readonly detail: Assessment;

  constructor(detail: Assessment) {
    super('ak-assess', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-assess': AkAssessEvent;
  }
}
