/**
 * Editing a document keystroke by keystroke must end where opening the final text ends: the same
 * findings at the same places, after every step. `npm run fuzz` runs it with random seeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LanguageService } from '../../../server/src/core/service';
import { checkEdits, editArb, streams } from './edits';
import { nodeRuntime } from '../../../server/src/node/runtime';

test('YAML streams edited step by step give what a fresh parse gives, after every step', (t) => {
  const fresh = new LanguageService({ runtime: nodeRuntime() });
  const bases = streams();
  let steps = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (b, edits) => {
      checkEdits(bases[b], edits, fresh);
      steps += edits.length;
    }),
    { seed: 4242, numRuns: 30 },
  );
  assert.ok(bases.every((b) => b.split('---\n').length >= 4));
  t.diagnostic(`${steps} edits checked`);
});
