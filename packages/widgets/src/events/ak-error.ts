import type { Issue } from '@anders-kijken/core';

/**
 * Fired instead of throwing: a widget never throws into the host page. Detail: the issues, each
 * with a path, a code and a message in Dutch and English. The widget also shows them inline.
 */
export class AkErrorEvent extends Event {
  readonly detail: { issues: Issue[] };

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
