/**
 * Editing a document keystroke by keystroke must end where opening the final text ends: the same
 * findings at the same places. Multi-document YAML edits take the incremental re-parse
 * (core/reanalyze.ts); this property holds it to a fresh parse after every edit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LanguageService } from '../../../server/src/core/service';
import { corpus } from './corpus';

const yamlSeeds = () => corpus().filter((s) => /\.ya?ml$/.test(s.uri) && !s.uri.includes('/ignored/'));

/** streams of several documents: seed files joined, so edits land in many different slots */
export function streams(): string[] {
  const y = yamlSeeds().map((s) => s.text.replace(/\n*$/, '\n'));
  return [y.join('---\n'), [...y].reverse().join('---\n'), y.slice(0, 3).join('---\n')];
}

const EDIT_TEXT = ['a', ' ', '\n', '- ', ': ', '"', "'", '#', '{', '}', '[', ']', ',', '-', '---\n', '\n---\n', '  ', 'x: 1\n', '8080', 'true'];

export interface Edit { at: number; del: number; ins: string }
export const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 6 }), ins: fc.constantFrom(...EDIT_TEXT) });

export function applyEdit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

const shape = (s: LanguageService, uri: string) => s.diagnostics(uri).map((f) => `${f.offset}+${f.length} ${f.severity} ${f.code} ${f.message}`).sort();
const spans = (s: LanguageService, uri: string) => s.workspace.get(uri)!.docs.map((d) => `${d.offset}+${d.length} ${d.kind.family}`);

/** Runs the edits on one service (incremental) and checks each step against a fresh parse. */
export function checkEdits(base: string, edits: { at: number; del: number; ins: string }[], fresh: LanguageService): void {
  const uri = 'file:///fuzz/incremental/stream.yaml';
  const live = new LanguageService({ store: fresh.store });
  let text = base;
  live.update(uri, text, 'yaml', 0);
  edits.forEach((e, i) => {
    text = applyEdit(text, e);
    live.update(uri, text, 'yaml', i + 1);
    fresh.update(uri, text, 'yaml', 0);
    const what = `after edit ${i + 1} (${JSON.stringify(e)})`;
    assert.deepEqual(spans(live, uri), spans(fresh, uri), `document spans ${what}`);
    assert.deepEqual(shape(live, uri), shape(fresh, uri), `findings ${what}`);
    fresh.remove(uri);
  });
}

test('YAML streams edited step by step give what a fresh parse gives, after every step', (t) => {
  const fresh = new LanguageService();
  const bases = streams();
  let steps = 0;
  fc.assert(fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (b, edits) => {
    checkEdits(bases[b], edits, fresh);
    steps += edits.length;
  }), { seed: 4242, numRuns: 60 });
  t.diagnostic(`${steps} edits checked`);
});
