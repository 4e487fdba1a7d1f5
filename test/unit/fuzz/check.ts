/**
 * The fuzzing invariants, checked through the LanguageService facade on one document:
 * update → diagnostics (and every quick fix they offer, applied) → completion and hover at the
 * given offsets → graph + Mermaid. Nothing may throw (a rule that throws counts: the core catches it,
 * but it is still a bug), every range lies inside the document, completions replace only text at
 * the cursor, quick fixes are non-overlapping edits inside the document that leave the rest of
 * the text as it was, and each call returns within a bound.
 */
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { applyEdits } from '../../../server/src/core/edit/apply';
import type { TextEdit } from '../../../server/src/core/types';
import { nodeRuntime } from '../../../server/src/node/runtime';

/** a single call slower than this is a hang, whatever the machine's load */
export const CALL_BOUND_MS = 5000;

export interface Case {
  uri: string;
  text: string;
  offsets: number[];
}

export interface Stats {
  cases: number;
  calls: number;
  maxMs: number;
  maxCall: string;
}

export class Probe {
  readonly stats: Stats = { cases: 0, calls: 0, maxMs: 0, maxCall: '' };
  private ruleErrors: string[] = [];
  private readonly service = new LanguageService({
    runtime: nodeRuntime(),
    onRuleError: (id, e) => this.ruleErrors.push(`rule ${id} threw: ${e instanceof Error ? e.stack : String(e)}`),
  });

  constructor() {
    // compile the schemas once, outside the timed calls (the first use of a validator compiles it)
    for (const [uri, text] of [
      ['file:///warm/task-definition.json', '{"family":"x","containerDefinitions":[]}'],
      ['file:///warm/k8s.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n'],
      ['file:///warm/eksctl.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n  region: r\n'],
    ]) {
      this.service.update(uri, text);
      this.service.diagnostics(uri);
      this.service.remove(uri);
    }
  }

  private timed<T>(what: string, fn: () => T): T {
    const t = performance.now();
    const r = fn();
    const ms = performance.now() - t;
    this.stats.calls++;
    if (ms > this.stats.maxMs) {
      this.stats.maxMs = ms;
      this.stats.maxCall = what;
    }
    assert.ok(ms < CALL_BOUND_MS, `${what} took ${ms.toFixed(0)} ms`);
    return r;
  }

  /** Checks one case on a workspace without it; the document is removed again even on failure. */
  check(c: Case): void {
    try {
      this.checkIn(c);
    } finally {
      this.service.remove(c.uri);
    }
  }

  private checkIn(c: Case): void {
    const s = this.service;
    const n = c.text.length;
    const inside = (offset: number, length: number, what: string) => {
      assert.ok(
        Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset + length <= n,
        `${what}: [${offset}, +${length}) outside a ${n}-character document`,
      );
    };
    this.ruleErrors = [];
    this.stats.cases++;
    const file = this.timed('update', () => s.update(c.uri, c.text, undefined, this.stats.cases));
    const findings = this.timed('diagnostics', () => s.diagnostics(c.uri));
    assert.deepEqual(this.ruleErrors, []);
    for (const f of findings) {
      inside(f.offset, f.length, `finding ${f.code}`);
      assert.ok(typeof f.message === 'string' && f.message.length > 0, `finding ${f.code} without a message`);
      // a fix stays inside the document (of a YAML stream) its finding is in
      const doc = file?.docs.find((d) => d.offset <= f.offset && f.offset <= d.offset + d.length);
      for (const fix of f.fixes ?? []) {
        const what = `fix "${fix.title}" of ${f.code}`;
        checkFix(c.text, fix.edits, what, inside);
        if (doc)
          for (const e of fix.edits)
            assert.ok(e.offset >= doc.offset && e.offset + e.length <= doc.offset + doc.length, `${what} edits outside its document`);
      }
    }
    if (file) for (const d of file.docs) inside(d.offset, d.length, 'document span');
    for (const o of c.offsets) {
      const offset = Math.max(0, Math.min(n, o));
      const items = this.timed(`complete@${offset}`, () => s.complete(c.uri, offset));
      for (const e of items) {
        inside(e.replace.offset, e.replace.length, `completion "${e.label}"`);
        assert.ok(
          e.replace.offset <= offset && offset <= e.replace.offset + e.replace.length,
          `completion "${e.label}" replaces [${e.replace.offset}, +${e.replace.length}), away from the cursor at ${offset}`,
        );
      }
      const h = this.timed(`hover@${offset}`, () => s.hover(c.uri, offset));
      if (h) {
        inside(h.offset, h.length, 'hover range');
        assert.ok(h.markdown.length > 0, 'an empty hover');
      }
    }
    const diagram = this.timed('diagram', () => renderDiagram(s.workspace, { scopeUri: c.uri }));
    assert.ok(/^flowchart (LR|TB)\b/.test(diagram.mermaid), diagram.mermaid.slice(0, 80));
    assert.deepEqual(this.ruleErrors, []);
  }
}

/** Edits inside the text, not overlapping; applied, the text outside them is unchanged. */
export function checkFix(text: string, edits: readonly TextEdit[], what: string, inside: (o: number, l: number, w: string) => void): void {
  assert.ok(edits.length > 0, `${what}: no edits`);
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let end = 0;
  for (const e of sorted) {
    inside(e.offset, e.length, what);
    assert.ok(e.offset >= end, `${what}: edits overlap at ${e.offset}`);
    end = e.offset + e.length;
  }
  const out = applyEdits(text, edits);
  // walk the result: every gap between edits must be the original text, byte for byte
  let pos = 0;
  let shift = 0;
  for (const e of sorted) {
    assert.equal(out.slice(pos + shift, e.offset + shift), text.slice(pos, e.offset), `${what}: text before ${e.offset} changed`);
    assert.equal(out.slice(e.offset + shift, e.offset + shift + e.newText.length), e.newText);
    shift += e.newText.length - e.length;
    pos = e.offset + e.length;
  }
  assert.equal(out.slice(pos + shift), text.slice(pos), `${what}: text after the last edit changed`);
}
