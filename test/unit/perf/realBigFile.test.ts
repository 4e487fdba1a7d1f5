/**
 * The incremental path on a real big file: the Kubernetes files of shared/realworld, concatenated
 * with names made unique per copy (bench/realworld.mjs, as `npm run bench` builds it), edited at
 * its first, a middle and its last document, in values and keys, and an object that other
 * documents refer to renamed and named back. After every step the findings must equal those of a
 * service that parses the new text from scratch, and the step must have gone the incremental way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { ROOT } from '../fuzz/corpus';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { findRealworld, realBigManifest, realK8sFiles } from '../../../bench/realworld.mjs';

const URI = 'file:///real/big/real-all-in-one.yaml';
/** smaller than the bench's 50,000 lines (each step parses the whole text again on the fresh side), still two copies */
const LINES = 20_000;

/** Start offsets of the documents (after each `---` line). */
function docStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/^---[^\n]*\n/gm)) starts.push(m.index + m[0].length);
  return starts;
}

/** The end of the first `key: value` line in [from, to) with one of `keys`, or of any indented key. */
function pointIn(text: string, from: number, to: number, what: 'value' | 'key'): number | undefined {
  const re = what === 'value' ? /^\s+(?:- )?(?:replicas|containerPort|port|image|value|path): [\w./:-]+$/gm : /^\s{2,}[a-zA-Z]\w+(?=:)/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < to ? m.index + m[0].length : undefined;
}

/**
 * A ServiceAccount near the middle that pods name (`serviceAccountName`), or a Secret that volumes
 * name (`secretName`): the end of its `metadata.name`. Renaming it breaks their reference.
 */
function referredName(text: string): { at: number; name: string } {
  for (const [kind, field] of [
    ['ServiceAccount', 'serviceAccountName'],
    ['Secret', 'secretName'],
  ]) {
    const re = new RegExp(`^kind: ${kind}\nmetadata:\n(?:  .*\n)*?  name: ([a-z0-9.-]+)\n`, 'gm');
    re.lastIndex = Math.floor(text.length * 0.3);
    for (let m = re.exec(text); m && m.index < text.length * 0.7; m = re.exec(text)) {
      if (new RegExp(`^\\s+${field}: ${m[1].replace(/\./g, '\\.')}$`, 'm').test(text)) return { at: m.index + m[0].length - 1, name: m[1] };
    }
  }
  throw new Error('no referred object near the middle');
}

/** what the findings say, without where (a typed character moves every finding after it) */
const said = (findings: { code: string; message: string }[]) => findings.map((f) => `${f.code}: ${f.message}`).sort();

test('on a real big file, incremental findings equal a fresh start after edits at the first, a middle and the last document and a rename', (t) => {
  const found = findRealworld(ROOT);
  if (!found.dir) {
    t.skip(`real-world folder missing (looked in ${(found.missing ?? []).join(', ')}; set BENCH_REALWORLD)`);
    return;
  }
  let text = realBigManifest(realK8sFiles(found.dir), LINES);
  const starts = docStarts(text);
  const first = 0;
  const middle = starts.findIndex((s) => s >= text.length / 2);
  const last = starts.length - 1;
  const end = (i: number) => (i + 1 < starts.length ? starts[i + 1] : text.length);
  const near = (i: number, what: 'value' | 'key', step: number): number => {
    for (let d = i; d >= 0 && d < starts.length; d += step) {
      const at = pointIn(text, starts[d], end(d), what);
      if (at !== undefined) return at;
    }
    throw new Error(`no ${what} near document ${i}`);
  };
  const rename = referredName(text);
  // [label, offset, inserted text, deleted length]: typing and deleting, as an editor sends it
  const steps: [string, number, string, number][] = [];
  for (const [label, i, dir] of [
    ['first', first, 1],
    ['middle', middle, 1],
    ['last', last, -1],
  ] as const) {
    for (const what of ['value', 'key'] as const) {
      const at = near(i, what, dir);
      steps.push([`${what} in the ${label} document: type`, at, '7', 0], [`${what} in the ${label} document: delete`, at, '', 1]);
    }
  }
  steps.push([`rename ${rename.name}`, rename.at, 'x', 0], [`name ${rename.name} back`, rename.at, '', 1]);

  const store = new LanguageService({ runtime: nodeRuntime() }).store;
  const live = new LanguageService({ runtime: nodeRuntime(), store });
  live.update(URI, text, 'yaml', 1);
  const shape = (s: LanguageService) => JSON.parse(JSON.stringify(s.diagnostics(URI)));
  const before = shape(live);
  let renamed: unknown = before;
  // the steps run in order on one text: later offsets are taken before earlier steps move them, so edit from the end
  steps.sort((a, b) => b[1] - a[1]);
  let version = 2;
  for (const [label, at, ins, del] of steps) {
    const old = live.workspace.get(URI)!;
    text = text.slice(0, at) + ins + text.slice(at + del);
    live.update(URI, text, 'yaml', version++);
    const now = live.workspace.get(URI)!;
    // the incremental way keeps the documents it did not parse again
    const kept = now.docs.filter((d, i) => d === old.docs[i]).length;
    assert.ok(kept >= now.docs.length - 2, `${label}: ${kept} of ${now.docs.length} documents kept (the whole file was parsed again)`);
    const fresh = new LanguageService({ runtime: nodeRuntime(), store });
    fresh.update(URI, text, 'yaml', 1);
    const got = shape(live);
    assert.deepEqual(got, shape(fresh), label);
    if (label.startsWith('rename')) renamed = got;
  }
  assert.notDeepEqual(
    said(renamed as never),
    said(before),
    `renaming ${rename.name} changed no finding: the step does not test what other documents read`,
  );
  assert.deepEqual(shape(live), before, 'every edit undone: the findings are back');
  t.diagnostic(`${steps.length} steps on ${starts.length} documents (${text.split('\n').length} lines)`);
});
