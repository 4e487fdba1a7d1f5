/**
 * The language server dies (SIGKILL, as an out-of-memory kill would): the client starts a new one,
 * the user is told in one short message, and diagnostics come back, for an edit made afterwards too.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openFile, ourDiagnostics, serverReady, showDiagnostics, waitFor, writeTemp } from './helpers';

/** our server processes: children of this extension host running dist/server.js */
function serverPids(): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // the parent pid is the 2nd field after the parenthesised command name
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => /[\\/]dist[\\/]server\.js$/.test(a))) out.push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  return out;
}

const TASKDEF = `{
  "family": "restart-probe",
  "networkMode": "awsvpx",
  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "essential": true, "memory": 256 }]
}
`;

suite('server restart', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('a killed server is restarted, the user is told, and diagnostics come back', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
    const { file } = writeTemp('restart-taskdef.json', TASKDEF);
    const editor = await openFile(file);
    const uri = editor.document.uri;
    const networkMode = (d: vscode.Diagnostic) => /networkMode/.test(d.message);
    await waitFor(
      () => ourDiagnostics(uri).some(networkMode),
      'the networkMode diagnostic',
      30_000,
      () => showDiagnostics(ourDiagnostics(uri)),
    );

    const before = serverPids();
    assert.equal(before.length, 1, `one server process expected, found ${before.join(', ') || 'none'}`);

    // the client's warning goes through this same API object: listen in, without hiding it
    const warnings: string[] = [];
    const original = vscode.window.showWarningMessage;
    let listening = false;
    try {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (m: string, ...rest: unknown[]) => {
        warnings.push(m);
        return (original as (...a: unknown[]) => unknown).call(vscode.window, m, ...rest);
      };
      listening = vscode.window.showWarningMessage !== original;
    } catch {
      /* a read-only API object: the message is not observable here */
    }

    try {
      process.kill(before[0], 'SIGKILL');
      const after = await waitFor(
        () => {
          const p = serverPids().filter((x) => !before.includes(x));
          return p.length ? p : undefined;
        },
        'a new server process',
        30_000,
      );
      assert.equal(after.length, 1);
      const client = (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { client: { state: number } }).client;
      await waitFor(() => client.state === 2 /* Running */, 'the client to be running again', 30_000);
      if (listening) {
        await waitFor(
          () => warnings.find((w) => /language server stopped/.test(w)),
          'the restart message',
          10_000,
          () => warnings.join(' | '),
        );
        assert.equal(warnings.filter((w) => /language server stopped/.test(w)).length, 1, 'one message for one crash');
      } else {
        console.log('      (the window API is read-only here: the restart message was not checked)');
      }
    } finally {
      if (listening) (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }

    // the new server knows the open document: fix networkMode, break the image, and see both
    const text = editor.document.getText();
    const edit = new vscode.WorkspaceEdit();
    const at = (s: string) => {
      const i = text.indexOf(s);
      return new vscode.Range(editor.document.positionAt(i), editor.document.positionAt(i + s.length));
    };
    edit.replace(uri, at('"awsvpx"'), '"awsvpc"');
    edit.replace(uri, at('"memory": 256'), '"memory": "lots"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(
      () => {
        const d = ourDiagnostics(uri);
        return !d.some(networkMode) && d.some((x) => /memory/.test(x.message));
      },
      'diagnostics of the edited text from the new server',
      30_000,
      () => showDiagnostics(ourDiagnostics(uri)),
    );
    await editor.document.save(); // a temp file; closing it dirty would ask
  });
});
