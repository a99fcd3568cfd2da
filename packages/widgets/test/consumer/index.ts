// A TypeScript consumer of the built package: its declarations must compile with strict settings,
// and with a monorepo's generic `source` condition set (tsconfig), which must not reach our sources.
import '@anders-kijken/widgets/define';
// Every declaration file the package publishes is checked here, once, with skipLibCheck off: one
// import per typed entry of `exports` (test/package/consumer-entries.test.ts holds the list to them).
// The other consumer programs check only how an app uses them (skipLibCheck on).
import type {} from '@anders-kijken/widgets/ak-assessment-summary';
import type {} from '@anders-kijken/widgets/ak-referral-guide';
import type {} from '@anders-kijken/widgets/ak-signal-catalogue';
import type {} from '@anders-kijken/widgets/ak-signal-check';
import type {} from '@anders-kijken/widgets/ak-training';
import type {} from '@anders-kijken/widgets/ak-youth-check';
import type {} from '@anders-kijken/widgets/ak-youth-training';
import type {} from '@anders-kijken/widgets/embed.js';
import type {} from '@anders-kijken/widgets/embed-patch.js';
import type {} from '@anders-kijken/widgets/jsx';
import type {} from '@anders-kijken/widgets/vue';
import type { AkAssessEvent, AkSignalCheck } from '@anders-kijken/widgets';

const check: AkSignalCheck = document.createElement('ak-signal-check');
check.addEventListener('ak-assess', (event: AkAssessEvent) => event.detail.assessment.level);
check.setInput({ age: 15, observations: { 'activity-courier': 'clear' } });

export { check };
