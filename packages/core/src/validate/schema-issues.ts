import type { core } from '../schema/zod.js';
import { formatPath, problem, type ValidationProblem } from './problem.js';

type ZodIssue = core.$ZodIssue;

function expectation(issue: ZodIssue): { nl: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { nl: `verwacht: ${issue.expected}`, en: `expected: ${issue.expected}` };
    case 'invalid_value':
      return {
        nl: `verwacht een van: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        en: `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'too_small':
      return {
        nl: `te klein of te kort (minimum ${String(issue.minimum)})`,
        en: `too small or too short (minimum ${String(issue.minimum)})`,
      };
    case 'too_big':
      return {
        nl: `te groot of te lang (maximum ${String(issue.maximum)})`,
        en: `too big or too long (maximum ${String(issue.maximum)})`,
      };
    case 'invalid_format':
      return issue.format === 'regex'
        ? {
            nl: 'verwacht een id in kleine letters met streepjes (zoals activity-courier), of een bron-id als CKM-2022',
            en: 'expected an id in lower case with hyphens (like activity-courier), or a source id like CKM-2022',
          }
        : { nl: `verwacht formaat: ${issue.format}`, en: `expected format: ${issue.format}` };
    case 'unrecognized_keys':
      return { nl: `onbekende velden: ${issue.keys.join(', ')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { nl: 'ongeldige waarde', en: issue.message };
  }
}

/** zod issues as validation problems of the `schema` rule, naming the field in Dutch and English. */
export function schemaProblems(issues: readonly ZodIssue[], prefix: (string | number)[] = []): ValidationProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    const where = formatPath(path) || '(root)';
    const { nl, en } = expectation(issue);
    return problem(
      'schema',
      'error',
      path,
      issue.code,
      `Ongeldige waarde bij '${where}': ${nl}.`,
      `Invalid value at '${where}': ${en}.`,
    );
  });
}
