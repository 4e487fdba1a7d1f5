/** A minimal LSP client for tests: spawns dist/server.js --stdio (or --node-ipc, as VS Code does) and speaks JSON-RPC to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

export const ROOT = resolve(__dirname, '..', '..', '..');

export class TestClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  private readonly diags = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private readonly waiters: (() => void)[] = [];
  readonly logs: string[] = [];
  /** every publishDiagnostics in arrival order (to check that no stale version follows a newer one) */
  readonly published: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
  private versions = new Map<string, number>();

  /** `env`: added to the server's environment */
  constructor(args: string[] = ['--stdio'], env: Record<string, string> = {}) {
    const ipc = args.includes('--node-ipc');
    this.proc = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), ...args], {
      stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
      env: { ...process.env, ...env },
    });
    this.conn = ipc
      ? createMessageConnection(new IPCMessageReader(this.proc), new IPCMessageWriter(this.proc))
      : createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diags.set(p.uri, p);
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onNotification((method: string) => {
      this.notified.push(method);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  settings: unknown = {};
  /** the methods of notifications no handler above took, in arrival order */
  readonly notified: string[] = [];

  /** extra `textDocument` client capabilities, merged into what initialize sends */
  textDocumentCapabilities: Record<string, unknown> = {};

  async initialize(folder?: string): Promise<unknown> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: true },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...this.textDocumentCapabilities },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = uri.endsWith('.json') ? 'json' : 'yaml'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /**
   * Opens the files in one write to the server's stdin, as one burst it reads at once (the
   * connection's writer sends a message per turn). Call it only while the connection has nothing
   * else to send, e.g. once the server has finished starting (waitFor its index notification).
   */
  openTogether(files: { uri: string; text: string }[]): void {
    const frames = files.map(({ uri, text }) => {
      this.versions.set(uri, 1);
      const body = Buffer.from(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: { textDocument: { uri, languageId: 'yaml', version: 1, text } },
        }),
      );
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    });
    this.proc.stdin!.write(Buffer.concat(frames));
  }

  /** Wait until `pred` holds (checked after each notification the server sends), or fail after `ms`. */
  async waitFor(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  /** incremental change: replace [start, end) positions with text */
  change(uri: string, range: Diagnostic['range'], text: string): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text }] });
    return v;
  }

  /** Wait until diagnostics for uri (at least `version`) satisfy `pred`, or fail after `ms`. */
  async diagnostics(uri: string, pred: (d: Diagnostic[]) => boolean = () => true, ms = 10_000, version?: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const d = this.diags.get(uri);
      if (d && (version === undefined || (d.version ?? 0) >= version) && pred(d.diagnostics)) return d.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${ms} ms; last: ${JSON.stringify(d)}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      // bounded too: once the writer is stuck (a server that stopped reading, then died), this
      // promise never settles, and a test file once sat idle for 6 minutes in its \`after\` hook
      await Promise.race([this.conn.sendNotification('exit').catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
    } catch {
      /* already gone */
    }
    // give the server a moment to exit on its own before the pipes close under it
    await Promise.race([new Promise((r) => this.proc.once('exit', r)), new Promise((r) => setTimeout(r, 1000))]);
    this.conn.dispose();
    this.proc.kill();
  }
}

/** Position of the `|` caret in a fixture, and the text without it. */
export function caret(text: string): { text: string; line: number; character: number } {
  const i = text.indexOf('|');
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { text: before + text.slice(i + 1), line, character: i - (before.lastIndexOf('\n') + 1) };
}
