import type { core } from '../schema/zod.js';
import type { Issue } from '../schema/assessment.js';
import { formatPath, problem, type ValidationProblem } from './problem.js';

type ZodIssue = core.$ZodIssue;

/** What each named format expects, by the code a schema's regex check carries as its message. */
const FORMATS: Record<string, { nl: string; en: string }> = {
  id: {
    nl: 'verwacht een id in kleine letters met streepjes, zoals activity-courier',
    en: 'expected an id in lower case with hyphens, like activity-courier',
  },
  source_id: { nl: 'verwacht een bron-id zoals CKM-2022', en: 'expected a source id like CKM-2022' },
  semver: { nl: 'verwacht een versie zoals 1.2.3', en: 'expected a version like 1.2.3' },
  reason: { nl: 'verwacht een code als snake_case', en: 'expected a snake_case code' },
  phone: {
    nl: 'verwacht een Nederlands telefoonnummer met alleen cijfers, spaties en streepjes, zoals 0800-2000',
    en: 'expected a Dutch phone number of digits, spaces and hyphens only, like 0800-2000',
  },
  https_url: {
    nl: 'verwacht een webadres dat begint met https://',
    en: 'expected a web address that starts with https://',
  },
  web_url: {
    nl: 'verwacht een webadres dat begint met https:// of http://',
    en: 'expected a web address that starts with https:// or http://',
  },
};

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
      return (
        FORMATS[issue.message] ?? { nl: `verwacht formaat: ${issue.format}`, en: `expected format: ${issue.format}` }
      );
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

/**
 * A zod parse that never throws: zod itself can throw when the host page changed built-in
 * prototypes (a key added to `Object.prototype`); that becomes a problem of the `schema` rule.
 */
export function safeParse<T>(
  schema: {
    safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: ZodIssue[] } };
  },
  value: unknown,
):
  { success: true; data: T } | { success: false; issues: ZodIssue[] } | { success: false; problem: ValidationProblem } {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed : { success: false, issues: parsed.error.issues };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const issue: Issue = {
      path: [],
      code: 'unreadable_ruleset',
      message: {
        nl: `De vorm kon niet worden gecontroleerd (${detail}). Is een ingebouwd prototype van de pagina aangepast?`,
        en: `The shape could not be checked (${detail}). Has the page changed a built-in prototype?`,
      },
    };
    return { success: false, problem: { ...issue, rule: 'schema', severity: 'error' } };
  }
}
