/** Shared by the extension-host suites: paths, a deadline poller, and thin wrappers over VS Code commands. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ecs-eks-architect.ecs-eks-architect';
/** `source` of every diagnostic our language server publishes */
export const OUR_SOURCE = 'ecs-eks-architect';
/** the repo: the nearest folder above this bundle whose package.json is ours (normally four levels up) */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'ecs-eks-architect') return dir;
    } catch {
      /* no package.json here */
    }
    if (path.dirname(dir) === dir) return path.resolve(from, '../../../..');
  }
}
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/**
 * Calls `probe` until it returns something other than undefined/false, or fails after `ms`.
 * `describe` is called at the deadline so the failure says what was last seen.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 30_000,
  describe?: () => string,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = describe ? ` — last seen: ${describe()}` : lastError ? ` — last error: ${String(lastError)}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openFile(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);

/**
 * State shared by all suites. Every test file is its own bundle with its own copy of this module,
 * so the state lives on globalThis (one extension host runs them all).
 */
interface Shared {
  tempDir?: string;
  ready?: Promise<void>;
  flushes: number;
}
const shared: Shared = ((globalThis as { __ecsEksVscodeTests?: Shared }).__ecsEksVscodeTests ??= { flushes: 0 });

/**
 * Writes `text` to a fresh file named `name` in a private temp folder. A `‸` in the text marks
 * the caret: it is removed and its offset returned.
 */
export function writeTemp(name: string, text: string): { file: string; offset: number } {
  shared.tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-vscode-test-'));
  const offset = text.indexOf('‸');
  const file = path.join(shared.tempDir, name);
  fs.writeFileSync(file, text.replace('‸', ''));
  return { file, offset };
}

/**
 * Removes the temp folder (index.ts calls it once all suites ran; files still open stay readable in
 * VS Code). The workbench may still write in it while it goes (ENOTEMPTY once under load), so the
 * removal retries, and a folder left behind is reported, never a reason for the run to hang.
 */
export function removeTemp(): void {
  const dir = shared.tempDir;
  shared.tempDir = undefined;
  if (!dir) return;
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (err) {
    console.warn(`[vscode-tests] left ${dir} behind: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const ours = (d: vscode.Diagnostic) => d.source === OUR_SOURCE;
/** looser than `ours`, for asserting absence: anything that even looks like it came from us */
export const looksOurs = (d: vscode.Diagnostic) => ours(d) || /ecs|eks|kubernetes/i.test(d.source ?? '');

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(ours);
}

export function showDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (!list.length) return '(none)';
  return list
    .map((d) => `[${d.source}] ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .join('; ');
}

/** completion labels at a position, unquoted (JSON key items may be labelled `"image"`) */
export async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^"(.*)"$/, '$1'));
}

/** all hover text at a position, markdown and plain strings joined */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n').trim();
}

/** position just inside the first occurrence of `needle` (+`delta` characters) */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(at + delta);
}

/**
 * Waits until the extension is active and its language server answers: opens a small task
 * definition with a known error and waits for our diagnostic on it. Used by every suite's setup,
 * so suites do not depend on the order they run in. The wait (45 s in all) stays inside mocha's
 * 60 s hook timeout, and a failure is remembered so later suites fail at once instead of waiting again.
 */
export function serverReady(): Promise<void> {
  shared.ready ??= (async () => {
    const deadline = Date.now() + 45_000;
    const { file } = writeTemp('ready-taskdef.json', READY_TASKDEF);
    const editor = await openFile(file);
    await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, `${EXTENSION_ID} to activate`, deadline - Date.now());
    await waitFor(
      () => ourDiagnostics(editor.document.uri).length > 0,
      "the first diagnostics from our language server (is it running? see the extension's output channel)",
      Math.max(1_000, deadline - Date.now()),
    );
  })();
  return shared.ready;
}

/**
 * Proves the server has caught up with everything opened so far: opens a fresh broken task
 * definition and waits for its diagnostics (the server handles documents in order), so an
 * absence of diagnostics on files opened earlier means "none", not "not yet".
 */
export async function flushServer(): Promise<void> {
  const { file } = writeTemp(`flush-${++shared.flushes}-taskdef.json`, READY_TASKDEF);
  // shown in an editor: a client that pulls diagnostics asks only for documents in tabs
  const { document: doc } = await openFile(file);
  await waitFor(() => ourDiagnostics(doc.uri).length > 0, `diagnostics on ${path.basename(file)}`, 30_000);
}

/** a task definition whose only obvious problem is a string where a port number belongs */
const READY_TASKDEF = `{
  "family": "ready-probe",
  "containerDefinitions": [
    { "name": "app", "image": "nginx:1.27", "essential": true, "portMappings": [{ "containerPort": "eighty" }] }
  ]
}
`;

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** replaces the first `from` in the editor's text (unsaved; the suite reverts it with revertAndClose) */
export async function replaceFirst(editor: vscode.TextEditor, from: string, to: string): Promise<vscode.Range> {
  const doc = editor.document;
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" not in ${path.basename(doc.fileName)}`);
  const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length));
  assert.ok(await editor.edit((e) => e.replace(range, to)), 'the edit applied');
  return new vscode.Range(range.start, doc.positionAt(at + to.length));
}

/** leaves the file as it is on disk (examples/ must not change), then closes every editor */
export async function revertAndClose(editor: vscode.TextEditor | undefined): Promise<void> {
  if (editor?.document.isDirty) {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await closeAllEditors();
}

/** the Mermaid id of the node whose label starts with `label` */
export function nodeIdOf(mermaid: string, label: string): string | undefined {
  const line = mermaid.split('\n').find((l) => l.includes(`"${label}`));
  return line ? /^\s*(n_[a-z0-9]+)/.exec(line)?.[1] : undefined;
}

/**
 * Opens the diagram of `editor`'s file and copies its Mermaid text until it names every label
 * (the server draws after it has the file); returns that text.
 */
export async function fileDiagramNaming(editor: vscode.TextEditor, labels: readonly string[], what: string): Promise<string> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('ecsEksArchitect.showDiagramForFile');
  let last = '';
  return waitFor(
    async () => {
      await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
      last = await vscode.env.clipboard.readText();
      return labels.every((l) => last.includes(l)) && last;
    },
    what,
    20_000,
    () => last.slice(0, 400),
  );
}
