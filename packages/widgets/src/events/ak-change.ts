import type { AssessmentInput } from '@anders-kijken/core';

/** What `ak-change` carries: the whole input, as `getInput()` gives it. */
export interface AkChangeDetail {
  input: AssessmentInput;
}

/** Fired when the user changes an answer; never on programmatic changes. Detail: `{ input }`. */
export class AkChangeEvent extends Event {
  readonly detail: AkChangeDetail;

  constructor(input: AssessmentInput) {
    super('ak-change', { bubbles: true, composed: true, cancelable: false });
    this.detail = { input };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-change': AkChangeEvent;
  }
}
