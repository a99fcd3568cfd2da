// A small app, rendered on the server and hydrated in the browser: the events must reach its state.
import { useEffect, useState } from 'react';
import { SignalCheck, type AkAssessEvent } from '@anders-kijken/react';

export function App() {
  const [level, setLevel] = useState('none yet');
  const [changes, setChanges] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const onAssess = (event: AkAssessEvent) => setLevel(event.detail.assessment.level);
  return (
    <main data-hydrated={hydrated}>
      <p id="level">{level}</p>
      <p id="changes">{changes}</p>
      <SignalCheck
        lang="en"
        municipality="maastricht"
        onAkAssess={onAssess}
        onAkChange={(event) => setChanges((count) => count + (event.detail.input.observations ? 1 : 0))}
      />
    </main>
  );
}
