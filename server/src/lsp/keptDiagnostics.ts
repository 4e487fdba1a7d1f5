/**
 * A file's diagnostics as kept JSON, per YAML document (stdio; see jsonList.ts). The real big file
 * has ~950 diagnostics: converting them all to LSP objects and `JSON.stringify`-ing the notification
 * on every keystroke cost ~4 ms of one uninterruptible step, in front of the request that came with
 * the keystroke. Here a document whose findings did not change, nor where its text stands in lines,
 * costs a copy of its kept UTF-8 bytes, which the message encoder splices into the notification.
 *
 * The kept bytes are reused only when they must be the same: the same DocUnit (its text unchanged)
 * at the same offset, the same Finding objects (never changed once made), all inside the document,
 * and the document's first and last positions unchanged. Positions inside the document then are
 * too: a line starts where the character before it is a line end, and those characters are the
 * document's own, except at its two ends, which the two positions cover.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { DocUnit, Finding, SourceFile } from '../core/types';
import type { Position } from '../core/parse/lineIndex';
import { toDiagnostic } from './convert';
import { JsonList } from './jsonList';

const encoder = new TextEncoder();

/** one document's run of diagnostics, as sent */
interface Kept {
  offset: number;
  start: Position;
  end: Position;
  findings: readonly Finding[];
  bytes: Uint8Array;
}

/** What a publish sends: plain diagnostics (a writer that is not ours), or kept JSON. */
export type Published = Diagnostic[] | JsonList;

export class KeptDiagnostics {
  private readonly byDoc = new WeakMap<DocUnit, Kept>();

  /** `splice`: the connection's writer splices JsonList parts (messageEncoder.ts); else plain objects */
  constructor(private readonly splice: boolean) {}

  /** the diagnostics of `findings` (in the order validation made them: document by document) */
  of(file: SourceFile, findings: readonly Finding[]): Published {
    if (!this.splice) return findings.map((f) => toDiagnostic(file, f));
    const parts: Uint8Array[] = [];
    const seen = new Set<DocUnit>();
    for (let i = 0; i < findings.length;) {
      const doc = docOf(file, findings[i]);
      let j = i + 1;
      while (doc && j < findings.length && docOf(file, findings[j], doc) === doc) j++;
      // a document's findings come together; a second run of the same document is not kept
      const keep = doc && !seen.has(doc) ? doc : undefined;
      if (keep) seen.add(keep);
      parts.push(this.run(file, findings, i, j, keep));
      i = j;
    }
    return new JsonList(parts);
  }

  /** The JSON of findings [from, to): kept for `doc` when all of them lie in it. */
  private run(file: SourceFile, findings: readonly Finding[], from: number, to: number, doc: DocUnit | undefined): Uint8Array {
    const start = doc && file.lines.positionAt(doc.offset);
    const end = doc && file.lines.positionAt(doc.offset + doc.length);
    const kept = doc && this.byDoc.get(doc);
    if (kept && start && end && same(kept, doc.offset, start, end, findings, from, to)) return kept.bytes;
    const run = findings.slice(from, to);
    // a buffer of its own (not a slice of Node's shared pool, which a kept slice would hold on to)
    const bytes = encoder.encode(JSON.stringify(run.map((f) => toDiagnostic(file, f))).slice(1, -1));
    if (doc && start && end) this.byDoc.set(doc, { offset: doc.offset, start, end, findings: run, bytes });
    return bytes;
  }
}

/** Whether two publishes send the same diagnostics (a quiet re-check skips an unchanged one). */
export function samePublished(a: Published, b: Published, plain: (a: Diagnostic[], b: Diagnostic[]) => boolean): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && plain(a, b);
  return sameBytes(a.parts as Uint8Array[], b.parts as Uint8Array[]);
}

/** the document that holds the whole finding (`hint` first: the previous finding's) */
function docOf(file: SourceFile, f: Finding, hint?: DocUnit): DocUnit | undefined {
  const inside = (d: DocUnit) => f.offset >= d.offset && f.offset + f.length <= d.offset + d.length;
  if (hint) return inside(hint) ? hint : undefined;
  const docs = file.docs;
  let lo = 0;
  let hi = docs.length - 1;
  // the last document starting at or before the finding
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (docs[mid].offset <= f.offset) lo = mid;
    else hi = mid - 1;
  }
  const d = docs[lo];
  return d && inside(d) ? d : undefined;
}

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

function same(kept: Kept, offset: number, start: Position, end: Position, findings: readonly Finding[], from: number, to: number): boolean {
  if (kept.offset !== offset || !samePosition(kept.start, start) || !samePosition(kept.end, end)) return false;
  if (kept.findings.length !== to - from) return false;
  for (let i = from; i < to; i++) if (kept.findings[i - from] !== findings[i]) return false;
  return true;
}

/** the two part lists make the same JSON (mostly they hold the very same parts) */
function sameBytes(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  const x = a.filter((p) => p.length);
  const y = b.filter((p) => p.length);
  if (x.length === y.length && x.every((p, i) => p === y[i])) return true;
  return joined(x).equals(joined(y));
}

const COMMA = Buffer.from(',');
const joined = (parts: readonly Uint8Array[]) => Buffer.concat(parts.flatMap((p, i) => (i ? [COMMA, p] : [p])));
