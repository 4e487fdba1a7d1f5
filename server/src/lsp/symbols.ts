/** textDocument/documentSymbol (outline, breadcrumbs, Go to Symbol) and workspace/symbol (Ctrl+T). */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';
import type { OutlineSymbol } from '../core/nav/index';
import { perDocumentList } from './jsonList';
import type { SourceFile } from '../core/types';
import type { SymbolKindName } from '../core/refs/types';

const KINDS: Record<SymbolKindName, SymbolKind> = {
  class: SymbolKind.Class,
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  object: SymbolKind.Object,
  field: SymbolKind.Field,
  property: SymbolKind.Property,
  interface: SymbolKind.Interface,
  key: SymbolKind.Key,
  event: SymbolKind.Event,
  function: SymbolKind.Function,
  package: SymbolKind.Package,
  struct: SymbolKind.Struct,
  enumMember: SymbolKind.EnumMember,
  constant: SymbolKind.Constant,
};

/** as small as the protocol allows (a big file's outline is thousands of symbols): no empty detail or children */
function toDocumentSymbol(file: SourceFile, s: OutlineSymbol): DocumentSymbol {
  const out: DocumentSymbol = {
    name: s.name || ' ',
    kind: KINDS[s.symbol],
    range: file.lines.range(s.range.offset, s.range.length),
    selectionRange: file.lines.range(s.selection.offset, s.selection.length),
  };
  if (s.detail) out.detail = s.detail;
  if (s.children.length) out.children = s.children.map((c) => toDocumentSymbol(file, c));
  return out;
}

export function registerSymbols(ctx: NavContext): void {
  // kept per document: after a keystroke only the edited document's outline is built again
  const outline = perDocumentList(ctx.spliceLists, (file, doc) => ctx.service.docSymbols(file, doc).map((s) => toDocumentSymbol(file, s)));
  ctx.connection.onDocumentSymbol((params, token) =>
    runSafe(ctx.log, 'documentSymbol', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      // a JsonList is the same array on the wire (the writer splices it in)
      return file ? (outline.get(file) as DocumentSymbol[]) : null;
    }),
  );
  ctx.connection.onWorkspaceSymbol((params, token) =>
    runSafe(ctx.log, 'workspaceSymbol', token, [], () => {
      const out: WorkspaceSymbol[] = [];
      for (const s of ctx.service.workspaceSymbols(params.query)) {
        const range = rangeIn(ctx, s.uri, s.selection.offset, s.selection.length);
        if (range)
          out.push({ name: s.name, kind: KINDS[s.symbol], location: { uri: s.uri, range }, containerName: s.container ?? s.detail });
      }
      return out;
    }),
  );
}
