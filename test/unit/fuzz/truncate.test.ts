/**
 * Typing a file from the top: every prefix of the smaller seed files is analysed, with completion
 * and hover at its end (where the caret would be). Larger files are cut at every 7th offset here;
 * `npm run fuzz` cuts every file at every offset.
 */
import { test } from 'node:test';
import { Probe } from './check';
import { corpus } from './corpus';

/** files up to this size are cut at every offset in `npm test` */
export const EVERY_OFFSET_UP_TO = 600;

test('every prefix of the seed files: nothing throws, every range is inside', (t) => {
  const probe = new Probe();
  for (const s of corpus()) {
    const step = s.text.length <= EVERY_OFFSET_UP_TO ? 1 : 7;
    for (let cut = 0; cut <= s.text.length; cut += step) {
      const text = s.text.slice(0, cut);
      probe.check({ uri: s.uri, text, offsets: [cut, Math.max(0, cut - 1)] });
    }
  }
  t.diagnostic(
    `${probe.stats.cases} prefixes, ${probe.stats.calls} calls, slowest ${probe.stats.maxMs.toFixed(1)} ms (${probe.stats.maxCall})`,
  );
});
