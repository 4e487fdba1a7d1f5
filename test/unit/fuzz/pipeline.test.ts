/**
 * Property-based fuzzing of the core pipeline with a fixed seed (the same cases every run).
 * `npm run fuzz` runs the same property with random seeds and many more cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Probe } from './check';
import { caseArb } from './inputs';
import { corpus } from './corpus';

test('mutated, re-encoded and random documents: nothing throws, every range is inside, every call is bounded', (t) => {
  const probe = new Probe();
  fc.assert(
    fc.property(caseArb(), (c) => {
      probe.check(c);
    }),
    { seed: 20261129, numRuns: 400 },
  );
  t.diagnostic(
    `${probe.stats.cases} cases, ${probe.stats.calls} calls, slowest ${probe.stats.maxMs.toFixed(1)} ms (${probe.stats.maxCall})`,
  );
});

test('every seed file unchanged passes the same checks at every 5th offset', (t) => {
  const probe = new Probe();
  for (const s of corpus()) {
    const offsets: number[] = [];
    for (let o = 0; o <= s.text.length; o += 5) offsets.push(o);
    probe.check({ uri: s.uri, text: s.text, offsets });
  }
  assert.ok(corpus().length >= 20, `only ${corpus().length} seed files`);
  t.diagnostic(
    `${probe.stats.cases} files, ${probe.stats.calls} calls, slowest ${probe.stats.maxMs.toFixed(1)} ms (${probe.stats.maxCall})`,
  );
});
