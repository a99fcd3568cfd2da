import { useState } from 'react';
import { SignalCheck, type AkAssessEvent } from '@anders-kijken/react';
import type { Level } from '@anders-kijken/core';
// Types <ak-referral-guide> and the other tags in JSX, for the element used without a wrapper below.
import type {} from '@anders-kijken/widgets/jsx';

/** A page of a partner's own tool: the check, and who to contact for the level it gave. */
export function App() {
  const [level, setLevel] = useState<Level | undefined>();
  const onAssess = (event: AkAssessEvent) => setLevel(event.detail.assessment.level);
  return (
    <main>
      <h1>Signalen bespreken</h1>
      <p id="level">{level ?? 'nog geen uitkomst'}</p>
      <SignalCheck municipality="maastricht" onAkAssess={onAssess} onAkReset={() => setLevel(undefined)} />
      {level && <ak-referral-guide level={level} audience="professional" noChoices />}
    </main>
  );
}
