/**
 * Go to definition and find references over the reference model: what is at a position (a
 * reference or a declaration), what it resolves to, and every reference resolving to that.
 */
import type { DocUnit, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { docRefs } from './collect';
import { refsNamed, refsUnnamed, type PlacedRef } from './workspaceRefs';
import { WORKLOAD_KINDS } from '../k8s/objects';
import { offsetOf, spanOf, type Anchor, type Declaration, type DocRefs, type Located, type Reference } from './types';

export interface Span {
  uri: string;
  offset: number;
  length: number;
}

export function docAt(file: SourceFile, offset: number): DocUnit | undefined {
  return file.docs.find((d) => offset >= d.offset && offset <= d.offset + d.length);
}

const contains = (a: Anchor, offset: number) => offset >= offsetOf(a) && offset <= offsetOf(a) + a.length;

/** All declarations of a document, outermost first. */
export function flatten(decls: readonly Declaration[]): Declaration[] {
  return decls.flatMap((d) => [d, ...flatten(d.children)]);
}

/** What the cursor is on. */
export interface Subject {
  refs: DocRefs;
  ref?: Reference;
  decl?: Declaration;
}

export function subjectAt(file: SourceFile, offset: number): Subject | undefined {
  const doc = docAt(file, offset);
  if (!doc) return undefined;
  const refs = docRefs(file.text, doc);
  const ref = refs.references.find((r) => contains(r, offset));
  const decl = flatten(refs.declarations)
    .reverse()
    .find((d) => contains(d, offset));
  return ref || decl ? { refs, ref, decl } : undefined;
}

/**
 * The declarations the cursor stands for: the targets of a reference, else the declaration
 * itself. A reference that resolves to nothing (a kustomize patch's name on an ordinary object)
 * gives way to the declaration under it.
 */
export function targetsAt(ws: WorkspaceIndex, file: SourceFile, offset: number): { targets: Located[]; ref?: Reference } | undefined {
  const s = subjectAt(file, offset);
  if (!s) return undefined;
  const resolved = s.ref ? s.ref.resolve(ws, file.uri) : [];
  if (resolved.length) return { targets: resolved, ref: s.ref };
  if (s.decl) return { targets: [{ uri: file.uri, decl: s.decl }] };
  return { targets: [], ref: s.ref };
}

/** The targets of the reference at `offset`, and that reference's own span (what an editor underlines). */
export function definition(ws: WorkspaceIndex, file: SourceFile, offset: number): { origin?: Span; targets: Located[] } {
  const s = subjectAt(file, offset);
  if (!s?.ref) return { targets: [] };
  return { origin: { uri: file.uri, ...spanOf(s.ref) }, targets: s.ref.resolve(ws, file.uri) };
}

const same = (a: Located, b: Located) => a.uri === b.uri && a.decl === b.decl;

/** References in the workspace resolving to any of `targets`. */
export function referencesTo(ws: WorkspaceIndex, targets: readonly Located[]): PlacedRef[] {
  const kinds = new Set(targets.map((t) => t.decl.kind));
  const out: PlacedRef[] = [];
  const hits = (c: PlacedRef) => c.ref.resolve(ws, c.uri).some((r) => targets.some((t) => same(r, t)));
  // a reference can only point at its own kind of thing: most candidates are dropped before resolving
  for (const name of new Set(targets.map((t) => t.decl.name)))
    for (const c of refsNamed(ws, name)) if (couldTarget(c.ref.kind, kinds) && hits(c)) out.push(c);
  // the kinds unnamed references point at: workloads (selectors) and ports
  for (const kind of ['workload', 'port']) if (couldTarget(kind, kinds)) for (const c of refsUnnamed(ws, kind)) if (hits(c)) out.push(c);
  return out;
}

/** selectors point at workloads, whatever their kind; every other reference names the kind it points at */
function couldTarget(refKind: string, declKinds: ReadonlySet<string>): boolean {
  if (declKinds.has(refKind)) return true;
  return refKind === 'workload' && WORKLOAD_KINDS.some((k) => declKinds.has(k));
}

/** References written with the same kind and name (an ARN, an object the workspace lacks). */
export function sameNamed(ws: WorkspaceIndex, ref: Reference): PlacedRef[] {
  if (ref.name === undefined) return [];
  return refsNamed(ws, ref.name).filter((c) => c.ref.kind === ref.kind);
}

export function references(ws: WorkspaceIndex, file: SourceFile, offset: number, includeDeclaration: boolean): Span[] {
  const t = targetsAt(ws, file, offset);
  if (!t) return [];
  const placed = t.targets.length ? referencesTo(ws, t.targets) : t.ref ? sameNamed(ws, t.ref) : [];
  const out: Span[] = placed.map((p) => ({ uri: p.uri, ...spanOf(p.ref) }));
  if (includeDeclaration) out.unshift(...t.targets.map((x) => ({ uri: x.uri, ...spanOf(x.decl) })));
  return dedupe(out);
}

export function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.uri}\0${s.offset}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
