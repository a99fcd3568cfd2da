import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

describe('import boundaries of packages/core', () => {
  it('forbids engine/ from importing catalogue/', async () => {
    const messages = await restrictedMessages(
      "import { catalogue } from '../catalogue/index.js';\nexport const x = catalogue;\n",
      'packages/core/src/engine/assess.ts',
    );
    expect(messages).toEqual([expect.stringContaining('engine/ must not import catalogue/')]);
  });

  it('forbids engine/ from importing validate/', async () => {
    const messages = await restrictedMessages(
      "import { checkRuleset } from '../validate/check-ruleset.js';\nexport const x = checkRuleset;\n",
      'packages/core/src/engine/assess.ts',
    );
    expect(messages).toEqual([expect.stringContaining('engine/ must not import validate/')]);
  });

  it('lets other core folders import catalogue/', async () => {
    const messages = await restrictedMessages(
      "import { catalogue } from './catalogue/index.js';\nexport const x = catalogue;\n",
      'packages/core/src/index.ts',
    );
    expect(messages).toEqual([]);
  });

  it.each([
    ['document', 'export const title = document.title;\n'],
    ['window', 'export const w = window.innerWidth;\n'],
    ['localStorage', "export const v = localStorage.getItem('x');\n"],
    ['fetch', "export const p = fetch('/x');\n"],
    ['process', 'export const env = process.env;\n'],
  ])('forbids the host global %s in core', async (name, code) => {
    const messages = await restrictedMessages(code, 'packages/core/src/engine/weigh.ts');
    expect(messages).toEqual([expect.stringContaining(`'${name}'`)]);
  });

  it.each([
    ["import { html } from 'lit';\nexport const t = html``;\n", 'Lit belongs in packages/widgets'],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'no node: imports'],
    ["import { z } from 'zod';\nexport const s = z.string();\n", "Import 'zod/mini'"],
  ])('forbids %j in core', async (code, expected) => {
    const messages = await restrictedMessages(code, 'packages/core/src/schema/signal.ts');
    expect(messages).toEqual([expect.stringContaining(expected)]);
  });

  it('leaves the widgets free to use the DOM', async () => {
    const messages = await restrictedMessages(
      'export const title = document.title;\n',
      'packages/widgets/src/internal/x.ts',
    );
    expect(messages).toEqual([]);
  });
});
