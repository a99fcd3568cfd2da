// A React 19 app that uses the tags directly, typed by `@anders-kijken/widgets/jsx` alone.
import type {} from '@anders-kijken/widgets/jsx';
import '@anders-kijken/widgets/define';
import type { AkAssessEvent } from '@anders-kijken/widgets';

export function Page({ onLevel }: { onLevel: (level: string) => void }) {
  return (
    <>
      <ak-signal-check
        lang="nl"
        audience="parent"
        municipality="maastricht"
        onak-assess={(event: AkAssessEvent) => onLevel(event.detail.assessment.level)}
        onak-change={(event) => event.detail.input.observations}
      />
      <ak-youth-check exitUrl="https://www.nu.nl/" onak-error={(event) => event.detail.issues.length} />
      <ak-referral-guide level="acute" audience="young-person" age="minor" noChoices />
      <ak-signal-catalogue dimension="control" query="schuld" />
      <ak-assessment-summary headingLevel={3} />
    </>
  );
}
