// A TypeScript consumer of the built package: its declarations must compile with strict settings,
// and with a monorepo's generic `source` condition set (tsconfig), which must not reach our sources.
import '@anders-kijken/widgets/define';
import type { AkAssessEvent, AkSignalCheck } from '@anders-kijken/widgets';

const check: AkSignalCheck = document.createElement('ak-signal-check');
check.addEventListener('ak-assess', (event: AkAssessEvent) => event.detail.assessment.level);
check.setInput({ age: 15, observations: { 'activity-courier': 'clear' } });

export { check };
