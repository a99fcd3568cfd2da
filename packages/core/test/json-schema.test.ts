import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import {
  AssessmentSchema,
  AssessmentInputSchema,
  RulesetPatchSchema,
  RulesetSchema,
  assess,
  defaultRuleset,
} from '../src/index.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The JSON Schemas in packages/core/schema/ are generated from the zod schemas and shipped in the
// package. Regenerate with `npm run generate:schema -w @anders-kijken/core`; this test pins them.
const SCHEMAS = {
  'ruleset.schema.json': { schema: RulesetSchema, title: 'Anders Kijken ruleset' },
  'ruleset-patch.schema.json': { schema: RulesetPatchSchema, title: 'Anders Kijken ruleset patch' },
  'assessment-input.schema.json': { schema: AssessmentInputSchema, title: 'Anders Kijken assessment input' },
  'assessment.schema.json': { schema: AssessmentSchema, title: 'Anders Kijken assessment' },
} as const;

function generate(name: keyof typeof SCHEMAS) {
  const { schema, title } = SCHEMAS[name];
  return {
    $id: `urn:anders-kijken:schema:${name.replace('.schema.json', '')}`,
    title,
    ...toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
  };
}

describe('JSON Schemas', () => {
  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s matches the zod schema', async (name) => {
    await expect(`${JSON.stringify(generate(name), null, 2)}\n`).toMatchFileSnapshot(`../schema/${name}`);
  });

  it('accept the default ruleset, a real input and its assessment, as a JSON Schema validator reads them', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const input = { age: 15, observations: { 'activity-courier': 'clear' }, audience: 'parent' };
    const cases: [keyof typeof SCHEMAS, unknown][] = [
      ['ruleset.schema.json', defaultRuleset],
      ['assessment-input.schema.json', input],
      ['assessment.schema.json', JSON.parse(JSON.stringify(assess(input as never)))],
    ];
    const validators = new Map(cases.map(([name]) => [name, ajv.compile(generate(name))]));
    for (const [name, value] of cases) {
      const validate = validators.get(name);
      expect(validate?.(value), `${name}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
    }
    const validateInput = validators.get('assessment-input.schema.json') ?? (() => true);
    expect(validateInput({ age: 30, observations: {} })).toBe(false);
    expect(validateInput({ age: 15, observations: { x: 'yes' } })).toBe(false);
  });
});
