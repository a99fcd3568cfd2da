import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, cli, envFor, fixture, startCli } from './run-cli.js';

// `assess --jsonl` reads its cases as a stream, one line at a time, and stops quietly when the
// reader of its output has gone.
const CASE = readFileSync(fixture('cases.jsonl'), 'utf8').split('\n')[0] as string;
/** The bin piped into `head -1` by a shell, with the bin's own exit code. */
const headOne = (args: string[], input: string) =>
  spawnSync('bash', ['-c', '"$@" | head -1; exit "${PIPESTATUS[0]}"', 'bash', process.execPath, bin, ...args], {
    encoding: 'utf8',
    input,
    env: envFor(),
  });

const started: ReturnType<typeof startCli>[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

describe('assess --jsonl', () => {
  it('gives the result of a line while its input is still open', async () => {
    const child = startCli(['assess', '-', '--jsonl']);
    started.push(child);
    child.stdin.write(`${CASE}\n`);
    const [first] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    expect(JSON.parse(first)).toMatchObject({ line: 1, ok: true });
    child.stdin.end(`${CASE}\n`);
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });

  it('a line over the limit is refused, naming its line and the limit', () => {
    const long = `{"age": 15, "observations": {}, "note": "${'x'.repeat(64 * 1024)}"}`;
    const run = cli(['assess', '-', '--jsonl'], { input: `${CASE}\n${long}\n${CASE}\n` });
    expect(run.code).toBe(2);
    expect(run.out.trim().split('\n')).toHaveLength(1);
    expect(run.err).toBe('de invoer (-), regel 2: langer dan 64 KiB; verwacht één casus per regel.\n');
  });

  it('piping into head -1 ends without a stack trace', () => {
    // Far more output than a pipe holds, so the bin is still writing when head has gone.
    const input = `${CASE}\n`.repeat(3000);
    const run = headOne(['assess', '-', '--jsonl'], input);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.status).toBe(0);
  });

  it('a reader that stops early keeps the exit code of the lines checked', () => {
    const input = `{"age": 99, "observations": {}}\n${`${CASE}\n`.repeat(3000)}`;
    const run = headOne(['assess', '-', '--jsonl'], input);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ line: 1, ok: false });
    expect(run.status).toBe(1);
  });
});
