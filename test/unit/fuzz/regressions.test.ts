/** Every case `npm run fuzz` ever failed on (test/fixtures/fuzz-regressions/*.json: a document or an edit sequence), replayed. */
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Probe, type Case } from './check';
import { checkEdits, type Edit } from './edits';
import { LanguageService } from '../../../server/src/core/service';
import { REGRESSIONS } from './corpus';
import { nodeRuntime } from '../../../server/src/node/runtime';

const files = (() => {
  try {
    return readdirSync(REGRESSIONS)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
})();

for (const name of files) {
  test(`fuzz regression ${name}`, () => {
    const saved = JSON.parse(readFileSync(join(REGRESSIONS, name), 'utf8')) as { case?: Case; edits?: { base: string; edits: Edit[] } };
    if (saved.case) new Probe().check(saved.case);
    else if (saved.edits) checkEdits(saved.edits.base, saved.edits.edits, new LanguageService({ runtime: nodeRuntime() }));
    else throw new Error(`${name} holds neither a case nor edits`);
  });
}
