/**
 * The language server on any connection: `startServer(connection, runtime)`. Thin adapter: every
 * feature is a call into the core LanguageService. The Node entry point is server/src/node/server.ts.
 */
import { version as VERSION } from '../../../package.json';
import {
  TextDocuments,
  type Connection,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeConfigurationNotification,
  MarkupKind,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { LanguageService } from '../core/service';
import { DiagnosticsScheduler } from './diagnostics';
import { ScheduleStats } from './scheduleStats';
import { EditLog } from './editLog';
import { runSafe, reportRuleErrorsOnce } from './runSafe';
import { fetchSettings } from './settings';
import { indexWorkspace, readFromDisk } from './indexer';
import { toCompletionItem } from './convert';
import { rangeOf, toCodeAction } from './codeActions';
import {
  DocumentInfoRequest,
  DiagramRequest,
  IndexChangedNotification,
  KubernetesVersionsRequest,
  UpgradeCheckRequest,
} from '../../../shared/src/requests';
import { diagramFor, noDiagram } from './diagram';
import type { ServerRuntime } from './runtime';
import { navigationCapabilities, registerNavigation } from './navigation';
import { NavSettings } from './navSettings';

/** `spliceLists`: the connection's writer sends JsonList answers as they are (messageEncoder.ts) */
export interface TransportOptions {
  spliceLists?: boolean;
}

export function startServer(connection: Connection, runtime: ServerRuntime, transport: TransportOptions = {}): void {
  const edits = new EditLog();
  const documents = new TextDocuments(edits.documents());
  const log = (m: string) => connection.console.log(m);
  const service = new LanguageService({ runtime, onRuleError: reportRuleErrorsOnce(log) });
  const editsOf = (uri: string) => (from: number, to: number) => edits.since(uri, from, to);
  const stats = runtime.debugScheduling ? new ScheduleStats(log) : undefined;
  const scheduler = new DiagnosticsScheduler(connection, documents, service, log, undefined, editsOf, stats, !!transport.spliceLists);
  let hasConfiguration = false;
  let folders: WorkspaceFolder[] = [];
  const navSettings = new NavSettings();

  connection.onInitialize((params: InitializeParams) => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    navSettings.refreshLens = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    navSettings.refreshHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    navSettings.definitionLinks = !!params.capabilities.textDocument?.definition?.linkSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', ':', ' ', '-'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        workspace: { workspaceFolders: { supported: true } },
        ...navigationCapabilities,
      },
      serverInfo: { name: 'ecs-eks-architect', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ecsEksArchitect' });
    service.configure(await fetchSettings(connection, hasConfiguration));
    await navSettings.refresh(connection, hasConfiguration);
    await indexWorkspace(
      connection,
      service,
      runtime.files,
      folders,
      (uri) => !!documents.get(uri),
      log,
      () => scheduler.busy,
    );
    scheduler.scheduleAll();
    void connection.sendNotification(IndexChangedNotification.type, { generation: service.workspace.generation });
  });

  connection.onDidChangeConfiguration(async () => {
    service.configure(await fetchSettings(connection, hasConfiguration));
    await navSettings.refresh(connection, hasConfiguration);
    scheduler.scheduleAll();
  });

  documents.onDidChangeContent((e) => {
    scheduler.schedule(e.document.uri);
    notifyIndexChanged();
  });
  documents.onDidClose((e) => {
    scheduler.clear(e.document.uri);
    // the file on disk is the truth again (it may have been closed without saving)
    readFromDisk(service, runtime.files, e.document.uri);
  });

  connection.onDidChangeWatchedFiles((e) => {
    for (const c of e.changes) if (!documents.get(c.uri)) readFromDisk(service, runtime.files, c.uri);
    scheduler.scheduleAll();
    notifyIndexChanged();
  });

  let notifyTimer: NodeJS.Timeout | undefined;
  function notifyIndexChanged(): void {
    if (notifyTimer) clearTimeout(notifyTimer);
    notifyTimer = setTimeout(
      () => void connection.sendNotification(IndexChangedNotification.type, { generation: service.workspace.generation }),
      100,
    );
  }

  /** make sure the index holds the editor's current text before answering */
  function sync(uri: string) {
    const doc = documents.get(uri);
    if (doc) service.update(uri, doc.getText(), doc.languageId, doc.version, editsOf(uri));
    return { doc, file: service.workspace.get(uri) };
  }

  connection.onCompletion((params, token) =>
    runSafe(log, 'completion', token, null, () => {
      const { doc, file } = sync(params.textDocument.uri);
      if (!doc || !file) return null;
      const items = service.complete(file.uri, doc.offsetAt(params.position)).map((e) => toCompletionItem(file, e));
      return items.length ? { isIncomplete: false, items } : null;
    }),
  );

  connection.onHover((params, token) =>
    runSafe(log, 'hover', token, null, () => {
      const { doc, file } = sync(params.textDocument.uri);
      if (!doc || !file) return null;
      const h = service.hover(file.uri, doc.offsetAt(params.position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: file.lines.range(h.offset, h.length) } : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(log, 'codeAction', token, [], () => {
      const { file } = sync(params.textDocument.uri);
      if (!file) return [];
      return service.codeActions(file.uri, rangeOf(file, params), scheduler.findings.get(file.uri) ?? []).map((a) => toCodeAction(file, a));
    }),
  );

  connection.onRequest(DocumentInfoRequest.type, (params, token) =>
    runSafe(log, 'documentInfo', token, { ours: false, kinds: [] }, () => {
      sync(params.uri);
      return service.documentInfo(params.uri, params.offset);
    }),
  );

  connection.onRequest(DiagramRequest.type, (params, token) =>
    runSafe(log, 'diagram', token, noDiagram(), () => {
      for (const d of documents.all()) sync(d.uri);
      return diagramFor(service, scheduler.findings, params);
    }),
  );

  connection.onRequest(KubernetesVersionsRequest.type, (_params, token) =>
    runSafe(log, 'kubernetesVersions', token, { versions: [], today: '' }, () => {
      for (const d of documents.all()) sync(d.uri);
      return service.kubernetesVersions();
    }),
  );

  connection.onRequest(UpgradeCheckRequest.type, (params, token) =>
    runSafe(
      log,
      'upgradeCheck',
      token,
      { markdown: 'The upgrade check failed: see the output channel.\n', links: [], objects: 0, breaks: 0, deprecated: 0 },
      () => {
        for (const d of documents.all()) sync(d.uri);
        return service.upgradeCheck({ to: params.to, roots: params.roots ?? folders.map((f) => f.uri) });
      },
    ),
  );

  registerNavigation({ connection, service, sync, log, settings: navSettings, spliceLists: !!transport.spliceLists });

  process.on('uncaughtException', (e) => log(`[error] uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => log(`[error] unhandled rejection: ${String(e)}`));

  documents.listen(connection);
  connection.listen();
}
