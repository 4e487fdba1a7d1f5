/**
 * Validation scheduling. An edit validates its own file at once (next tick) and, a little later,
 * the other open files whose cross-file rules may have changed. A result is published only if
 * its document version is still the newest: stale diagnostics never overwrite fresh ones.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../core/service';
import type { Finding } from '../core/types';
import { toDiagnostic } from './convert';
import { TooLargeNotification } from '../protocol';

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Immediate>();
  private crossTimer: NodeJS.Timeout | undefined;
  /** last findings per uri, for code actions */
  readonly findings = new Map<string, Finding[]>();
  private readonly toldTooLarge = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly log: (m: string) => void,
    private readonly crossFileDelayMs = 150,
  ) {}

  /** The document changed: validate it first, the other open documents after a pause. */
  schedule(uri: string, alsoOthers = true): void {
    const prev = this.pending.get(uri);
    if (prev) clearImmediate(prev);
    this.pending.set(uri, setImmediate(() => { this.pending.delete(uri); this.validate(uri); }));
    if (alsoOthers) this.scheduleOthers(uri);
  }

  scheduleAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri, false);
  }

  private scheduleOthers(except: string): void {
    if (this.crossTimer) clearTimeout(this.crossTimer);
    this.crossTimer = setTimeout(() => {
      this.crossTimer = undefined;
      for (const d of this.documents.all()) if (d.uri !== except && this.service.isOurs(d.uri)) this.schedule(d.uri, false);
    }, this.crossFileDelayMs);
  }

  private validate(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const file = this.service.update(uri, doc.getText(), doc.languageId, version);
      if (!file) { this.clear(uri); return; }
      if (file.tooLarge && !this.toldTooLarge.has(uri)) {
        this.toldTooLarge.add(uri);
        void this.connection.sendNotification(TooLargeNotification.type, { uri, size: file.text.length, limit: this.service.settings.maxFileSize });
      }
      const findings = this.service.diagnostics(uri);
      // a newer version arrived while we worked: its own run will publish
      if (this.documents.get(uri)?.version !== version) return;
      this.findings.set(uri, findings);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(file, f)) });
    } catch (e) {
      this.log(`[error] validating ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  clear(uri: string): void {
    this.findings.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
