// What the React types must refuse: each line below is an error the compiler has to report.
import type {} from '@anders-kijken/widgets/jsx';

export const wrong = (
  <>
    {/* @ts-expect-error: not a level */}
    <ak-referral-guide level="panic" />
    {/* @ts-expect-error: the detail of ak-assess has no `input` */}
    <ak-signal-check onak-assess={(event) => event.detail.input} />
    {/* @ts-expect-error: not an element of this package */}
    <ak-unknown-widget />
  </>
);
