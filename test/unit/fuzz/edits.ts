/**
 * Keystroke-by-keystroke editing held to a fresh parse after every edit (the incremental re-parse
 * of multi-document YAML in core/reanalyze.ts must give the same documents and findings).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LanguageService } from '../../../server/src/core/service';
import { corpus } from './corpus';
import { nodeRuntime } from '../../../server/src/node/runtime';

const yamlSeeds = () => corpus().filter((s) => /\.ya?ml$/.test(s.uri) && !s.uri.includes('/ignored/'));

/** short streams (4 to 6 documents, the incremental path needs 3) cut from the seed files */
export function streams(): string[] {
  const docs = yamlSeeds()
    .flatMap((s) => s.text.split(/^---\s*$/m))
    .map((d) => d.replace(/^\n+/, '').replace(/\n*$/, '\n'))
    .filter((d) => /\bkind:/.test(d) && d.length < 700);
  const pick = (from: number, n: number) => Array.from({ length: n }, (_, i) => docs[(from + i * 3) % docs.length]).join('---\n');
  return [pick(0, 4), pick(1, 5), pick(2, 6)];
}

const EDIT_TEXT = [
  'a',
  ' ',
  '\n',
  '- ',
  ': ',
  '"',
  "'",
  '#',
  '{',
  '}',
  '[',
  ']',
  ',',
  '-',
  '---\n',
  '\n---\n',
  '  ',
  'x: 1\n',
  '8080',
  'true',
];

export interface Edit {
  at: number;
  del: number;
  ins: string;
}
export const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.integer({ min: 0, max: 6 }),
  ins: fc.constantFrom(...EDIT_TEXT),
});

export function applyEdit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

const shape = (s: LanguageService, uri: string) =>
  s
    .diagnostics(uri)
    .map((f) => `${f.offset}+${f.length} ${f.severity} ${f.code} ${f.message}`)
    .sort();
const spans = (s: LanguageService, uri: string) => s.workspace.get(uri)!.docs.map((d) => `${d.offset}+${d.length} ${d.kind.family}`);

/** Runs the edits on one service (incremental) and checks each step against a fresh parse. */
export function checkEdits(base: string, edits: { at: number; del: number; ins: string }[], fresh: LanguageService): void {
  const uri = 'file:///fuzz/incremental/stream.yaml';
  const live = new LanguageService({ runtime: nodeRuntime(), store: fresh.store });
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
