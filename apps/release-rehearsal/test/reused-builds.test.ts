import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REBUILT, REUSED, filesNamingVersion, readJson, repo } from '../src/rehearse.js';

const built = (name: string) => join(repo, 'packages', name, 'dist');
const versionOf = (name: string): string => readJson(join(repo, 'packages', name, 'package.json')).version;

// The rehearsal publishes the build turbo made before it under the next version: only right for a
// build that does not carry its version. A package whose build starts to goes into REBUILT.
describe('the builds the rehearsal publishes again under the next version', () => {
  it('name no version in the packages it reuses', () => {
    for (const name of REUSED) expect(filesNamingVersion(built(name), versionOf(name)), name).toEqual([]);
  });

  it('do name it in the packages it builds again, which would otherwise cost a build for nothing', () => {
    for (const name of REBUILT) expect(filesNamingVersion(built(name), versionOf(name)), name).not.toEqual([]);
  });

  it('name no version in the declarations of the packages it builds again, which it reuses', () => {
    for (const name of REBUILT)
      expect(
        filesNamingVersion(built(name), versionOf(name)).filter((file) => file.endsWith('.d.ts')),
        name,
      ).toEqual([]);
  });
});
