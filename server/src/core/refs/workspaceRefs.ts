/**
 * Every reference of the workspace by the name it is written with, for "find references", rename
 * and lenses. Indexed per file and kept per analysis of that file: a keystroke rebuilds the index
 * of the file it changed (and of that file's re-parsed document only), not the workspace's.
 */
import type { SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { docRefs } from './collect';
import type { Reference } from './types';

export interface PlacedRef {
  uri: string;
  ref: Reference;
}

export interface FileRefs {
  byName: Map<string, PlacedRef[]>;
  /** references that name nothing (selectors), by the kind they point at */
  unnamed: Map<string, PlacedRef[]>;
}

const perFile = new WeakMap<SourceFile, FileRefs>();

function fileRefs(file: SourceFile): FileRefs {
  let r = perFile.get(file);
  if (r) return r;
  r = { byName: new Map(), unnamed: new Map() };
  for (const doc of file.docs)
    for (const ref of docRefs(file.text, doc).references) {
      const map = ref.name === undefined ? r.unnamed : r.byName;
      const key = ref.name ?? ref.kind;
      const l = map.get(key);
      if (l) l.push({ uri: file.uri, ref });
      else map.set(key, [{ uri: file.uri, ref }]);
    }
  perFile.set(file, r);
  return r;
}

/** the per-file indexes of the workspace's files that hold references */
function indexes(ws: WorkspaceIndex): FileRefs[] {
  return ws.memo('refs.files', () => {
    const out: FileRefs[] = [];
    for (const f of ws.allFiles()) {
      const r = fileRefs(f);
      if (r.byName.size || r.unnamed.size) out.push(r);
    }
    return out;
  });
}

/** references written with this name */
export function refsNamed(ws: WorkspaceIndex, name: string): PlacedRef[] {
  const out: PlacedRef[] = [];
  for (const r of indexes(ws)) {
    const l = r.byName.get(name);
    if (l) for (const x of l) out.push(x);
  }
  return out;
}

/** references that name nothing, pointing at this kind */
export function refsUnnamed(ws: WorkspaceIndex, kind: string): PlacedRef[] {
  const out: PlacedRef[] = [];
  for (const r of indexes(ws)) {
    const l = r.unnamed.get(kind);
    if (l) for (const x of l) out.push(x);
  }
  return out;
}
