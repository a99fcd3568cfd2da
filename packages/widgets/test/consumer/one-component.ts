// A consumer that imports one component's entry only: the tag and its events are typed from it alone.
import type { AkErrorDetail } from '@anders-kijken/widgets/ak-youth-check';

const youth = document.createElement('ak-youth-check');
youth.addEventListener('ak-assess', (event) => event.detail.assessment.level);
youth.addEventListener('ak-change', (event) => event.detail.input.observations);
youth.addEventListener('ak-error', (event) => {
  const detail: AkErrorDetail = event.detail;
  return detail.issues.map((issue) => issue.code);
});
youth.addEventListener('ak-reset', (event) => event.type);

export { youth };
