/** Fired when a widget is cleared, by the user or by `reset()`. It carries no detail. */
export class AkResetEvent extends Event {
  constructor() {
    super('ak-reset', { bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ak-reset': AkResetEvent;
  }
}
