/**
 * The outline (document symbols): one entry per declaration with the containers (and an eksctl
 * cluster's node groups, a template output's export) inside. A task definition's volumes and a
 * Service's ports are left out of it: a big manifest has hundreds, the outline answer is sent
 * whole on every change, and Go to Symbol in Workspace (Ctrl+T) still finds them.
 */
import { docSymbols as allDocSymbols, type OutlineSymbol } from '../refs/symbols';
import type { SymbolKindName } from '../refs/types';
import type { DocUnit, SourceFile } from '../types';

/** the symbol kinds of volumes and ports (refs/ecs.ts, refs/k8s.ts), which the outline leaves out */
const LEFT_OUT: ReadonlySet<SymbolKindName> = new Set(['struct', 'enumMember']);

function trimmed(s: OutlineSymbol): OutlineSymbol {
  if (!s.children.length) return s;
  return { ...s, children: s.children.filter((c) => !LEFT_OUT.has(c.symbol)).map(trimmed) };
}

/** the outline of one document of the file */
export function docSymbols(file: SourceFile, doc: DocUnit): OutlineSymbol[] {
  return allDocSymbols(file, doc).map(trimmed);
}

export function documentSymbols(file: SourceFile): OutlineSymbol[] {
  return file.docs.flatMap((doc) => docSymbols(file, doc));
}
