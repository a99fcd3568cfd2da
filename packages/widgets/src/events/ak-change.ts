import type { AssessmentInput } from '@anders-kijken/core';

/** Fired when the user changes an answer; never on programmatic changes. Detail: the whole input. */
export class AkChangeEvent extends Event {
  readonly detail: AssessmentInput;

  constructor(detail: AssessmentInput) {
    super('ak-change', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-change': AkChangeEvent;
  }
}
