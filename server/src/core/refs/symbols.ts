/** Outline (document symbols) and Go to Symbol in Workspace, from the declarations of the reference model. */
import type { DocUnit, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { docRefs } from './collect';
import { spanOf, type Declaration, type SymbolKindName } from './types';

export interface OutlineSymbol {
  name: string;
  /** the kind as people say it, and the namespace */
  detail: string;
  symbol: SymbolKindName;
  /** the whole declaration */
  range: { offset: number; length: number };
  /** its name */
  selection: { offset: number; length: number };
  children: OutlineSymbol[];
}

const detailOf = (d: Declaration) => (d.namespace ? `${d.kind} · ${d.namespace}` : d.kind);

function toSymbol(d: Declaration): OutlineSymbol {
  const sel = spanOf(d);
  // the outline wants the name inside the range; a document span always holds it
  const start = Math.min(d.full.offset, sel.offset);
  const end = Math.max(d.full.offset + d.full.length, sel.offset + sel.length);
  return {
    name: d.name,
    detail: detailOf(d),
    symbol: d.symbol,
    range: { offset: start, length: end - start },
    selection: sel,
    children: d.children.map(toSymbol),
  };
}

export function documentSymbols(file: SourceFile): OutlineSymbol[] {
  return file.docs.flatMap((doc) => docSymbols(file, doc));
}

/** the outline of one document of the file */
export function docSymbols(file: SourceFile, doc: DocUnit): OutlineSymbol[] {
  return docRefs(file.text, doc).declarations.map(toSymbol);
}

export interface WorkspaceSymbol {
  uri: string;
  name: string;
  detail: string;
  symbol: SymbolKindName;
  selection: { offset: number; length: number };
  /** the enclosing declaration's name (a container's task definition or workload) */
  container?: string;
}

/** Every named object of the workspace whose name holds the query's characters in order (case-insensitive). */
export function workspaceSymbols(ws: WorkspaceIndex, query: string, limit = 1000): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const s of allSymbols(ws)) {
    if (!fuzzy(s.lower, q)) continue;
    out.push({
      uri: s.uri,
      name: s.decl.name,
      detail: detailOf(s.decl),
      symbol: s.decl.symbol,
      selection: spanOf(s.decl),
      container: s.container,
    });
    if (out.length >= limit) break;
  }
  return out;
}

type Entry = { uri: string; decl: Declaration; lower: string; container?: string };

/** per analysis of a file: a keystroke rebuilds the list of the file it changed only */
const perFile = new WeakMap<SourceFile, Entry[]>();

function* allSymbols(ws: WorkspaceIndex): Generator<Entry> {
  for (const file of ws.memo('refs.symbolFiles', () => [...ws.allFiles()])) {
    let list = perFile.get(file);
    if (!list) {
      const l: Entry[] = [];
      const add = (d: Declaration, container?: string) => {
        l.push({ uri: file.uri, decl: d, lower: d.name.toLowerCase(), container });
        for (const c of d.children) add(c, d.name);
      };
      for (const doc of file.docs) for (const d of docRefs(file.text, doc).declarations) add(d);
      perFile.set(file, (list = l));
    }
    yield* list;
  }
}

function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (let j = 0; j < name.length && i < q.length; j++) if (name[j] === q[i]) i++;
  return i === q.length;
}
