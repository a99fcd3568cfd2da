import type { Issue } from '@anders-kijken/core';

/** What `ak-error` carries: the issues, each with a path, a code and a message in Dutch and English. */
export interface AkErrorDetail {
  issues: Issue[];
}

/**
 * Fired instead of throwing: a widget never throws into the host page. Detail: the issues, each
 * with a path, a code and a message in Dutch and English: `{ issues }`. The widget also shows them
 * inline, except for a patch's, which are the page editor's.
 */
export class AkErrorEvent extends Event {
  readonly detail: AkErrorDetail;

  constructor(issues: Issue[]) {
    super('ak-error', { bubbles: true, composed: true, cancelable: false });
    this.detail = { issues };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-error': AkErrorEvent;
  }
}
