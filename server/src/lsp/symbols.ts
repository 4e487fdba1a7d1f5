/** textDocument/documentSymbol (outline, breadcrumbs, Go to Symbol) and workspace/symbol (Ctrl+T). */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';
import type { OutlineSymbol } from '../core/nav/index';
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

function toDocumentSymbol(file: SourceFile, s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: KINDS[s.symbol],
    range: file.lines.range(s.range.offset, s.range.length),
    selectionRange: file.lines.range(s.selection.offset, s.selection.length),
    children: s.children.map((c) => toDocumentSymbol(file, c)),
  };
}

export function registerSymbols(ctx: NavContext): void {
  ctx.connection.onDocumentSymbol((params, token) =>
    runSafe(ctx.log, 'documentSymbol', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      return file ? ctx.service.documentSymbols(file.uri).map((s) => toDocumentSymbol(file, s)) : null;
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
