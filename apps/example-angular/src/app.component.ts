import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { Level } from '@anders-kijken/core';
import type { AkAssessEvent } from '@anders-kijken/widgets';
import '@anders-kijken/widgets/ak-signal-check';
import '@anders-kijken/widgets/ak-referral-guide';

/** A page of a partner's own tool: the check, and who to contact for the level it gave. */
@Component({
  selector: 'app-root',
  // The ak-* tags are custom elements, registered by the imports above.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Signalen bespreken</h1>
      <p id="level">{{ level() ?? 'nog geen uitkomst' }}</p>
      <ak-signal-check municipality="maastricht" (ak-assess)="onAssess($event)" (ak-reset)="level.set(undefined)" />
      @if (level(); as current) {
        <ak-referral-guide [level]="current" audience="professional" [noChoices]="true" />
      }
    </main>
  `,
})
export class AppComponent {
  readonly level = signal<Level | undefined>(undefined);

  onAssess(event: Event): void {
    // Angular types a custom element's event as Event; the widgets export its real type.
    this.level.set((event as AkAssessEvent).detail.assessment.level);
  }
}
