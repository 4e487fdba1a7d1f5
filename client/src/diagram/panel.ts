/**
 * The one diagram panel: created or revealed by the commands, revived by the serializer after a
 * reload (the webview's state names the scope), redrawn shortly after the last edit or index change.
 * The webview only ever names outline ids; this side looks them up in the outline it sent before opening a file.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DiagramRequest } from '../../../shared/src/requests';
import { diagramHtml, makeNonce } from './html';
import {
  DIAGRAM_LAYOUTS,
  isFromWebview,
  type DiagramLayout,
  type DiagramResult,
  type ToWebview,
  type WebviewState,
} from '../../../shared/src/messages';
import { describe, type PrintedRef, type SourceLocation } from '../../../shared/src/outline';
import { viewOf, type ViewMode } from '../../../shared/src/view/view';
import { mermaidTheme } from './theme';

export const VIEW_TYPE = 'ecsEksArchitect.diagram';
/**
 * After the server says its index changed (it waits 100 ms after the last edit itself), ask at
 * once; after a text change alone, wait longer: the server's notification normally comes first,
 * and an unchanged diagram is never sent again, so the fallback costs no redraw.
 */
const AFTER_INDEX_MS = 20;
const AFTER_EDIT_MS = 300;
const WATCHED_LANGUAGES = new Set(['json', 'jsonc', 'yaml']);

export interface DiagramContext {
  extensionUri: vscode.Uri;
  client: LanguageClient;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  // only our bundle folder: the webview cannot load anything from the workspace
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
}

export class DiagramPanel {
  static current: DiagramPanel | undefined;

  private seq = 0;
  private last: { seq: number; result: DiagramResult; key: string } | undefined;
  private drawn = -1;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderWaiters: ((ok: boolean) => void)[] = [];
  private readonly svgWaiters = new Map<number, (r: { svg?: string; error?: string }) => void>();
  private nextRequest = 1;
  /** a file whose neighbourhood the view should show (the server draws the whole workspace) */
  private focus: { uri: string; id: number } | undefined;
  private static focusCount = 0;
  /** what the view shows (its last `view` message): what Copy and Export save */
  private shownView: { mode: ViewMode; hiddenKinds: string[] } | undefined;

  /**
   * `scopeUri`: a folder (ending in `/`) limits what the server draws; a file opens its
   * neighbourhood in the view; none opens the overview of the whole workspace.
   */
  static createOrShow(ctx: DiagramContext, scopeUri?: string): DiagramPanel {
    const folder = scopeUri?.endsWith('/') ? scopeUri : undefined;
    const file = scopeUri && !folder ? scopeUri : undefined;
    // what the view will show first (it confirms with a `view` message once drawn)
    const first = { mode: file ? ({ kind: 'focus', uri: file } as const) : ({ kind: 'overview' } as const), hiddenKinds: [] };
    const cur = DiagramPanel.current;
    if (cur) {
      cur.panel.reveal(undefined, false);
      cur.focus = file ? { uri: file, id: ++DiagramPanel.focusCount } : undefined;
      cur.shownView = { ...first, hiddenKinds: cur.shownView?.hiddenKinds ?? [] };
      if (cur.scopeUri !== folder) {
        cur.scopeUri = folder;
        void cur.refresh();
      } else if (file || !scopeUri) {
        if (!file) cur.overviewNext = true;
        cur.sendLast();
      }
      cur.setTitle(file);
      return cur;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Architecture',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      webviewOptions(ctx.extensionUri),
    );
    const created = new DiagramPanel(panel, ctx, folder);
    created.shownView = first;
    if (file) created.focus = { uri: file, id: ++DiagramPanel.focusCount };
    created.setTitle(file);
    return created;
  }

  /** the next render starts the view at the overview (the palette's command on an open panel) */
  private overviewNext = false;

  static revive(panel: vscode.WebviewPanel, ctx: DiagramContext, state: WebviewState | undefined): DiagramPanel {
    DiagramPanel.current?.panel.dispose();
    const scope = typeof state?.scopeUri === 'string' && state.scopeUri.endsWith('/') ? state.scopeUri : undefined;
    return new DiagramPanel(panel, ctx, scope);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly ctx: DiagramContext,
    private scopeUri: string | undefined,
  ) {
    DiagramPanel.current = this;
    const webview = panel.webview;
    webview.options = webviewOptions(ctx.extensionUri);
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'webview', name)).toString();
    webview.html = diagramHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asset('diagram.js'),
      styleUri: asset('diagram.css'),
      codiconUri: asset('codicon.css'),
    });
    this.setTitle();
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
      // a hidden webview is discarded (no retainContextWhenHidden); it draws again when shown
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.drawn = -1;
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (WATCHED_LANGUAGES.has(e.document.languageId) && e.contentChanges.length) this.schedule(AFTER_EDIT_MS);
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedule(AFTER_INDEX_MS)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('ecsEksArchitect.diagram')) this.schedule(AFTER_INDEX_MS);
      }),
      ctx.client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.schedule(AFTER_INDEX_MS);
      }),
    );
  }

  /** the last diagram sent to the webview */
  get result(): DiagramResult | undefined {
    return this.last?.result;
  }

  /** Mermaid text of what the view shows (its level and kind filter), legend included: what Copy and Export save */
  get shownMermaid(): string | undefined {
    const r = this.last?.result;
    if (!r) return undefined;
    if (!this.shownView) return r.mermaid;
    return viewOf(r.outline, {
      mode: this.shownView.mode,
      hiddenKinds: new Set(this.shownView.hiddenKinds),
      direction: r.direction,
      placeShared: true,
      legend: true,
    }).text;
  }

  /** the workspace index changed (server notification) or a watched document was edited */
  schedule(delayMs = AFTER_INDEX_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delayMs);
  }

  async refresh(): Promise<void> {
    const mine = ++this.seq;
    const { client } = this.ctx;
    this.setTitle();
    if (client.state !== State.Running) {
      this.post({ type: 'error', message: 'Waiting for the ECS & EKS Architect language server to start…' });
      return; // the state change to Running schedules the next attempt
    }
    const config = vscode.workspace.getConfiguration('ecsEksArchitect.diagram');
    const direction = config.get<string>('direction') === 'TB' ? 'TB' : 'LR';
    let result: DiagramResult;
    try {
      result = await client.sendRequest(DiagramRequest.type, { scopeUri: this.scopeUri, direction });
    } catch (e) {
      if (mine === this.seq) {
        this.post({
          type: 'error',
          message: `Could not get the diagram from the language server: ${e instanceof Error ? e.message : String(e)}`,
        });
        this.settle(false);
      }
      return;
    }
    if (mine !== this.seq) return; // a newer request is on its way
    const key = JSON.stringify([this.theme(), this.layout(), this.scopeUri ?? '', result]);
    if (key === this.last?.key) {
      // the same picture: not redrawn, so whoever waits for a drawing has it already
      if (this.drawn >= this.last.seq) this.settle(true);
      return;
    }
    this.last = { seq: mine, result, key };
    this.sendLast();
  }

  private theme() {
    return mermaidTheme(vscode.workspace.getConfiguration('ecsEksArchitect.diagram').get('theme'), vscode.window.activeColorTheme.kind);
  }

  private layout(): DiagramLayout {
    const l = vscode.workspace.getConfiguration('ecsEksArchitect.diagram').get<string>('layout');
    return DIAGRAM_LAYOUTS.find((x) => x === l) ?? 'dagre';
  }

  private sendLast(): void {
    if (!this.last) return;
    const scope = this.scopeUri
      ? { uri: this.scopeUri, label: `what is defined under ${baseName(this.scopeUri.slice(0, -1))}/` }
      : undefined;
    const focus = this.focus && { ...this.focus, label: baseName(this.focus.uri) };
    // the palette's command on an open panel: back to the overview (a focus the view has not seen yet does that)
    const overview = this.overviewNext ? { uri: '', label: '', id: ++DiagramPanel.focusCount } : undefined;
    this.overviewNext = false;
    this.post({
      type: 'render',
      seq: this.last.seq,
      result: this.last.result,
      theme: this.theme(),
      scope,
      focus: focus ?? overview,
      layout: this.layout(),
    });
  }

  /** resolves once the newest diagram is drawn (true) or failed to draw (false) */
  whenDrawn(timeoutMs = 30000): Promise<boolean> {
    if (this.last && this.drawn >= this.last.seq && !this.timer) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.renderWaiters.push((ok) => {
        clearTimeout(t);
        resolve(ok);
      });
    });
  }

  private settle(ok: boolean): void {
    for (const w of this.renderWaiters.splice(0)) w(ok);
  }

  /** the SVG the webview shows, serialized there */
  async svg(timeoutMs = 30000): Promise<string> {
    if (!this.panel.visible) {
      this.drawn = -1;
      this.panel.reveal(undefined, true);
    }
    if (!(await this.whenDrawn(timeoutMs))) throw new Error('the diagram is not drawn');
    const requestId = this.nextRequest++;
    const reply = new Promise<{ svg?: string; error?: string }>((resolve) => {
      const t = setTimeout(() => {
        this.svgWaiters.delete(requestId);
        resolve({ error: 'the view did not answer' });
      }, timeoutMs);
      this.svgWaiters.set(requestId, (r) => {
        clearTimeout(t);
        resolve(r);
      });
    });
    this.post({ type: 'getSvg', requestId });
    const r = await reply;
    if (r.svg === undefined) throw new Error(r.error ?? 'no SVG');
    return r.svg;
  }

  private onMessage(m: unknown): void {
    if (!isFromWebview(m)) return;
    switch (m.type) {
      case 'ready':
        // a new page (first load, shown again, reloaded): nothing of ours is drawn in it yet
        this.drawn = -1;
        if (this.last) this.sendLast();
        else void this.refresh();
        break;
      case 'rendered':
        if (m.seq === this.last?.seq) {
          this.drawn = m.seq;
          this.settle(m.ok);
        }
        break;
      case 'open':
        void this.open(m.target);
        break;
      case 'svg':
        this.svgWaiters.get(m.requestId)?.(m);
        this.svgWaiters.delete(m.requestId);
        break;
      case 'view':
        if (m.mode && typeof m.mode === 'object' && Array.isArray(m.hiddenKinds))
          this.shownView = { mode: m.mode, hiddenKinds: m.hiddenKinds.filter((k): k is string => typeof k === 'string') };
        break;
      case 'command':
        if (m.command === 'copyMermaid') void vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        else if (m.command === 'export') void vscode.commands.executeCommand('ecsEksArchitect.exportDiagram');
        else if (m.command === 'showAll') {
          this.scopeUri = undefined;
          void this.refresh();
        }
        break;
    }
  }

  /** open where a node or group is defined; with several definitions, let the user pick one */
  private async open(target: unknown): Promise<void> {
    const ref = asRef(target);
    const info = ref && this.last ? describe(this.last.result.outline, ref) : undefined;
    if (!info?.sources.length) return;
    let src: SourceLocation | undefined = info.sources[0];
    if (info.sources.length > 1) {
      const items = info.sources.map((s) => ({
        label: `${baseName(s.uri)}:${s.range.start.line + 1}`,
        description: vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri)),
        s,
      }));
      src = (await vscode.window.showQuickPick(items, { placeHolder: `${info.label} is defined in ${info.sources.length} places` }))?.s;
      if (!src) return;
    }
    const pos = new vscode.Position(src.range.start.line, src.range.start.character);
    // next to the diagram, not on top of it, and always the same group (not a new one per click)
    const viewColumn = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(src.uri), {
      viewColumn,
      selection: new vscode.Range(pos, pos),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(m: ToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private setTitle(file?: string): void {
    const scope = file ?? this.focus?.uri ?? this.scopeUri;
    this.panel.title = scope ? `Architecture: ${baseName(scope.endsWith('/') ? scope.slice(0, -1) : scope)}` : 'Architecture';
  }

  private dispose(): void {
    if (DiagramPanel.current === this) DiagramPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.settle(false);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** a message's target, checked: it came from the page */
function asRef(t: unknown): PrintedRef | undefined {
  if (!t || typeof t !== 'object') return undefined;
  const { node, group, folded } = t as { node?: unknown; group?: unknown; folded?: unknown };
  if (typeof node === 'string') return { node };
  if (typeof group === 'string') return folded === true ? { group, folded } : { group };
  return undefined;
}

function baseName(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return path.slice(path.lastIndexOf('/') + 1) || uri;
}
