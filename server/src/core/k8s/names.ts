/**
 * Names of the objects of one kind that a reference from namespace `ns` could reach, and the near
 * name a missing reference most likely meant (for "did you mean").
 */
import type { WorkspaceIndex } from '../workspace';
import { nearName } from '../text/nearName';
import { nameOf, namespaceOf, objectsOfKind, sameNamespace } from './objects';

/**
 * Per kind, rebuilt only when an object of the kind changes (WorkspaceIndex.memo): each object's
 * name and namespace read once, the lists per namespace and the guesses made so far. A big
 * manifest with many missing references asked for the same list, object by object, per reference.
 */
interface KindNames {
  named: { name: string; ns: string | undefined }[];
  /** by namespace (`''` for none: an unset namespace reaches every object, as `''` does) */
  byNs: Map<string, readonly string[]>;
  /** by namespace, then missing name: the near name among the kind's names, or none */
  guesses: Map<string, Map<string, string | undefined>>;
}

/** memo keys by kind, made once: a key built per call would be hashed per call */
const memoKeys = new Map<string, string>();

/**
 * The last table built per kind, per workspace. A keystroke in a manifest re-parses the document
 * after the edited one too (reanalyze.ts), so a kind is "changed" on nearly every keystroke while
 * its names stay the same: the table, with its guesses, is then kept (the guesses depend on the
 * names and their order only). Without this, every Ingress with a missing backend ran the
 * near-name search over all Services again on each keystroke.
 */
const lastByWorkspace = new WeakMap<WorkspaceIndex, Map<string, KindNames>>();

function kindNames(ws: WorkspaceIndex, kind: string): KindNames {
  let key = memoKeys.get(kind);
  if (key === undefined) {
    if (memoKeys.size >= 1000) memoKeys.clear(); // kinds can come from what users type
    memoKeys.set(kind, (key = `k8s.names:${kind}`));
  }
  return ws.memo(key, () => {
    const named: KindNames['named'] = [];
    for (const e of objectsOfKind(ws, kind)) {
      const name = nameOf(e.doc.value);
      if (name) named.push({ name, ns: namespaceOf(e.doc.value) });
    }
    let last = lastByWorkspace.get(ws);
    if (!last) lastByWorkspace.set(ws, (last = new Map()));
    const prev = last.get(kind);
    if (prev && sameNames(prev.named, named)) return prev;
    if (last.size >= 1000) last.clear(); // kinds can come from what users type
    const table: KindNames = { named, byNs: new Map(), guesses: new Map() };
    last.set(kind, table);
    return table;
  });
}

function sameNames(a: KindNames['named'], b: KindNames['named']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].name !== b[i].name || a[i].ns !== b[i].ns) return false;
  return true;
}

/** The names in index order (callers must not change the list: it is shared until the kind changes). */
export function namesInNamespace(ws: WorkspaceIndex, kind: string, ns: string | undefined): readonly string[] {
  const t = kindNames(ws, kind);
  const key = ns ?? '';
  let names = t.byNs.get(key);
  if (!names) {
    const list: string[] = [];
    for (const n of t.named) if (sameNamespace(n.ns, ns)) list.push(n.name);
    t.byNs.set(key, (names = list));
  }
  return names;
}

/**
 * `nearName(name, [...namesInNamespace(ws, kind, ns), ...extra])`, kept per kind while the kind
 * does not change when there are no extra names (the guess then depends on the kind's names only).
 */
export function nearNameInNamespace(
  ws: WorkspaceIndex,
  kind: string,
  ns: string | undefined,
  name: string,
  extra?: ReadonlySet<string>,
): string | undefined {
  const names = namesInNamespace(ws, kind, ns);
  if (extra?.size) return nearName(name, [...names, ...extra]);
  const t = kindNames(ws, kind);
  let inNs = t.guesses.get(ns ?? '');
  if (!inNs) t.guesses.set(ns ?? '', (inNs = new Map()));
  if (inNs.has(name)) return inNs.get(name);
  const guess = nearName(name, names);
  // names come from what users type: keep the table bounded
  if (inNs.size >= 10_000) inNs.clear();
  inNs.set(name, guess);
  return guess;
}
