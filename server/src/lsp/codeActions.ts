/** Quick fixes: the fixes that rules attached to their findings, for findings under the cursor. */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import type { Finding, SourceFile } from '../core/types';
import { toDiagnostic } from './convert';

export function codeActions(file: SourceFile, findings: Finding[], params: CodeActionParams): CodeAction[] {
  const start = file.lines.offsetAt(params.range.start);
  const end = file.lines.offsetAt(params.range.end);
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (!f.fixes?.length) continue;
    if (f.offset > end || f.offset + f.length < start) continue;
    for (const fix of f.fixes) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(file, f)],
        isPreferred: fix.preferred,
        edit: { changes: { [file.uri]: fix.edits.map((e) => ({ range: file.lines.range(e.offset, e.length), newText: e.newText })) } },
      });
    }
  }
  return out;
}
