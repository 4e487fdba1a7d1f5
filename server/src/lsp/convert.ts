/** Core findings and completion entries → LSP shapes. Offsets become positions only here. */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type Diagnostic,
  type CompletionItem,
} from 'vscode-languageserver/node';
import type { Finding, SourceFile, Severity } from '../core/types';
import type { CompletionEntry } from '../core/complete/types';

export const SOURCE = 'ecs-eks-architect';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(file: SourceFile, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: file.lines.range(f.offset, f.length),
    severity: severities[f.severity],
    code: f.code,
    source: SOURCE,
    message: f.message,
  };
  if (f.tags?.length) d.tags = f.tags.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  return d;
}

const kinds: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  module: CompletionItemKind.Module,
};

export function toCompletionItem(file: SourceFile, e: CompletionEntry): CompletionItem {
  return {
    label: e.label,
    kind: kinds[e.kind],
    detail: e.detail,
    documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
    textEdit: { range: file.lines.range(e.replace.offset, e.replace.length), newText: e.insertText },
    insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: e.sortText,
    filterText: e.filterText,
    data: { source: SOURCE },
  };
}
