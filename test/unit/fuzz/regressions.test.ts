/** Every case `npm run fuzz` ever failed on (test/fixtures/fuzz-regressions/*.json), replayed. */
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Probe, type Case } from './check';
import { REGRESSIONS } from './corpus';

const files = (() => { try { return readdirSync(REGRESSIONS).filter((n) => n.endsWith('.json')).sort(); } catch { return []; } })();

for (const name of files) {
  test(`fuzz regression ${name}`, () => {
    const saved = JSON.parse(readFileSync(join(REGRESSIONS, name), 'utf8')) as { case: Case };
    new Probe().check(saved.case);
  });
}
