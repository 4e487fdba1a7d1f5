/**
 * A small LSP client for the bench: spawns a server over stdio and speaks to it as an editor does
 * (initialize with workspaceFolders, initialized, didOpen, incremental didChange, completion,
 * hover). It records every publishDiagnostics with a per-uri sequence number so a caller can wait
 * for "the diagnostics that answer this edit" even from servers that send no document version.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export const now = () => performance.now();

export class BenchClient {
  /**
   * @param {string} node  the node binary
   * @param {string[]} args  script and flags
   * @param {(section: string) => unknown} settings  answer to workspace/configuration per section
   */
  constructor(node, args, settings = () => ({}), env = process.env) {
    this.t0 = now();
    this.proc = spawn(node, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => {
      this.stderr += d;
    });
    // when the server's bytes came in, taken before the library's reader parses them (timed())
    this.proc.stdout.prependListener('data', () => {
      this.lastChunkAt = now();
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    /** uri → { seq, version, count, at } of the newest publish */
    this.diags = new Map();
    this.seq = 0;
    this.lastPublishAt = 0;
    this.waiters = [];
    this.logs = [];
    this.versions = new Map();
    this.texts = new Map();
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = now();
      this.lastPublishAt = at;
      this.diags.set(p.uri, { seq: ++this.seq, version: p.version, count: p.diagnostics.length, at, diagnostics: p.diagnostics });
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/logMessage', (p) => this.logs.push(p.message));
    this.conn.onNotification('window/showMessage', (p) => this.logs.push(`[showMessage] ${p.message}`));
    this.conn.onNotification('telemetry/event', () => {});
    this.conn.onNotification((method) => {
      if (!method.startsWith('$/')) this.logs.push(`[notification] ${method}`);
    });
    this.configPulls = 0;
    this.conn.onRequest('workspace/configuration', (p) => {
      this.configPulls++;
      for (const w of this.waiters.splice(0)) w();
      return p.items.map((i) => settings(i.section ?? ''));
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    this.conn.onRequest('workspace/workspaceFolders', () => this.folders ?? null);
    this.conn.onRequest((method) => {
      this.logs.push(`[request] ${method}`);
      return null;
    });
    this.exited = new Promise((r) => this.proc.on('exit', (code, sig) => r({ code, sig })));
    this.conn.listen();
  }

  async initialize(folder, initializationOptions) {
    const uri = folder ? pathToFileURL(folder).toString() : null;
    this.folders = folder ? [{ uri, name: 'bench' }] : null;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'ecs-eks-architect-bench' },
      rootUri: uri,
      workspaceFolders: this.folders,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  notifyConfigChanged(settings) {
    return this.conn.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  /**
   * What VS Code's client does after `initialized`: announce the configuration, then let the
   * server pull it (yaml-language-server reads its settings, schemas included, only then).
   * Resolves when the server has asked for its configuration, or after `ms` if it never does.
   */
  async pushConfiguration(ms = 10_000) {
    const before = this.configPulls;
    await this.notifyConfigChanged(null);
    const deadline = now() + ms;
    while (this.configPulls === before && now() < deadline) {
      await new Promise((r) => {
        const t = setTimeout(r, Math.min(1000, deadline - now()));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return this.configPulls > before;
  }

  openFile(path) {
    const uri = pathToFileURL(path).toString();
    this.open(uri, readFileSync(path, 'utf8'));
    return uri;
  }

  open(uri, text, languageId = uri.endsWith('.json') ? 'json' : 'yaml') {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Incremental change replacing [offset, offset+length) with text; returns the new version. */
  change(uri, offset, length, text) {
    const old = this.texts.get(uri);
    const range = { start: positionAt(old, offset), end: positionAt(old, offset + length) };
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    this.texts.set(uri, old.slice(0, offset) + text + old.slice(offset + length));
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text }] });
    return v;
  }

  /** current publish sequence, to wait for a publish that comes after something we sent */
  mark() {
    return this.seq;
  }

  /**
   * Wait until every uri has a publish newer than `afterSeq` (and, when the server sends
   * versions, for at least `version`). Resolves with the time of the last such publish.
   */
  async waitDiagnostics(uris, afterSeq = 0, version, ms = 120_000) {
    const deadline = now() + ms;
    const pending = new Set(uris);
    let last = 0;
    for (;;) {
      for (const u of pending) {
        const d = this.diags.get(u);
        if (d && d.seq > afterSeq && (version === undefined || d.version === undefined || d.version === null || d.version >= version)) {
          pending.delete(u);
          last = Math.max(last, d.at);
        }
      }
      if (!pending.size) return last;
      const left = deadline - now();
      if (left <= 0) throw new Error(`no diagnostics within ${ms} ms for ${pending.size} of ${uris.length} files, e.g. ${[...pending][0]}`);
      await new Promise((r) => {
        const t = setTimeout(r, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  /** Wait until no diagnostics have been published for `quietMs`; returns the last publish time. */
  async settle(quietMs = 600, ms = 120_000) {
    const deadline = now() + ms;
    while (now() - Math.max(this.lastPublishAt, 0) < quietMs && now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.lastPublishAt;
  }

  /**
   * Wait for the diagnostics of `uri`'s `version`, then for 300 ms without a publish: the keystroke's
   * own check and the cross-file pass after it are done. `settle` alone returned at once when the
   * keystroke's publish had not come yet, so the next keystroke landed in the middle of that work.
   */
  async afterKeystroke(uri, afterSeq, version) {
    await this.waitDiagnostics([uri], afterSeq, version, 30_000);
    return this.settle(300, 30_000);
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }

  /**
   * One request's round trip, and `receivedMs`: until the answer's last byte was in, before this
   * client parsed it. A big answer (the real file's outline, 543 KB) costs the client more than the
   * server; the difference is what any editor pays to turn those bytes into objects. Only meaningful
   * when nothing else is coming in (the navigation lines wait for quiet first).
   */
  async timed(method, params) {
    const t = now();
    this.lastChunkAt = undefined;
    const result = await this.conn.sendRequest(method, params);
    const ms = now() - t;
    return { ms, receivedMs: this.lastChunkAt === undefined ? ms : this.lastChunkAt - t, result };
  }

  /**
   * CPU time the server process has used so far (user + system, Linux /proc), in ms; undefined
   * elsewhere. On a shared machine it says what the work cost when wall times say only the load.
   * Read from each thread's scheduler statistics (nanoseconds on the CPU) where the kernel keeps
   * them: /proc/<pid>/stat counts 10 ms clock ticks, too coarse for a hover or a 150 ms window.
   */
  cpuMs() {
    const pid = this.proc.pid;
    let ns = 0;
    let threads = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      /* not Linux, or the process is gone */
    }
    // the server's threads (main, V8's compiler and GC helpers, libuv's pool) live as long as it does
    for (const t of threads) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        /* a thread that just ended */
      }
    }
    if (ns > 0) return ns / 1e6;
    // no scheduler statistics in this kernel: the clock ticks
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks: 100 per second on Linux
    } catch {
      return undefined;
    }
  }

  /** Peak and current resident memory of the server process (Linux /proc), in MB. */
  memory() {
    try {
      const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k) => Number((new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s) ?? [])[1]) / 1024;
      return { peakMB: kb('VmHWM'), rssMB: kb('VmRSS') };
    } catch {
      return { peakMB: NaN, rssMB: NaN };
    }
  }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2000))]);
    this.conn.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill();
  }
}

export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
