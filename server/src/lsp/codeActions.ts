/** Code actions in LSP shapes: quick fixes for findings under the cursor, and the families' own actions. */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import type { SourceFile } from '../core/types';
import type { CodeActionEntry } from '../core/codeActions';
import { toDiagnostic } from './convert';

export function toCodeAction(file: SourceFile, { fix, finding }: CodeActionEntry): CodeAction {
  return {
    title: fix.title,
    kind: finding ? CodeActionKind.QuickFix : CodeActionKind.Refactor,
    ...(finding ? { diagnostics: [toDiagnostic(file, finding)] } : {}),
    isPreferred: fix.preferred,
    edit: { changes: { [file.uri]: fix.edits.map((e) => ({ range: file.lines.range(e.offset, e.length), newText: e.newText })) } },
  };
}

/** the range of a request, in offsets */
export function rangeOf(file: SourceFile, params: CodeActionParams): { offset: number; length: number } {
  const offset = file.lines.offsetAt(params.range.start);
  return { offset, length: file.lines.offsetAt(params.range.end) - offset };
}
