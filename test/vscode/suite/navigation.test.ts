/**
 * Navigation in a real VS Code: F12 on a service's taskDefinition in examples/ lands in the task
 * definition file, at its family; renaming a Service through the rename provider changes the
 * Ingress that routes to it, in another file; a code lens above the task definition.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REPO_ROOT, closeAllEditors, openFile, positionOf, serverReady, waitFor, writeTemp } from './helpers';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: vsc-nav-web
spec:
  selector: { app: vsc-nav-web }
  ports: [{ name: http, port: 80 }]
`;
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: vsc-nav
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: vsc-nav-web
                port: { name: http }
`;

suite('navigation', () => {
  suiteSetup(serverReady);
  suiteTeardown(closeAllEditors);

  test('F12 on a service taskDefinition (examples/) opens the task definition at its family', async () => {
    const serviceFile = path.join(REPO_ROOT, 'examples', 'ecs', 'web-service.json');
    const taskFile = path.join(REPO_ROOT, 'examples', 'ecs', 'web-task-definition.json');
    const editor = await openFile(serviceFile);
    const position = positionOf(editor.document, '"taskDefinition": "shop-web"', '"taskDefinition": "'.length + 2);
    // the provider answers once the server has indexed the folder
    const found = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        editor.document.uri,
        position,
      );
      return r?.length ? r : undefined;
    }, 'a definition for the taskDefinition value');
    const target = found[0];
    const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.equal(targetUri.fsPath, taskFile);
    // the real key press: F12 (Go to Definition) from the cursor
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const landed = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === taskFile ? e : undefined;
    }, 'the task definition file to become the active editor');
    const word = landed.document.getText(landed.document.getWordRangeAtPosition(landed.selection.active, /[\w-]+/));
    assert.equal(word, 'shop-web');
    assert.equal(landed.selection.active.line, 1);
  });

  test('renaming a Service changes the Ingress that routes to it', async () => {
    const ing = await openFile(writeTemp('vsc-nav-ingress.yaml', INGRESS).file);
    const svc = await openFile(writeTemp('vsc-nav-service.yaml', SERVICE).file);
    const position = positionOf(svc.document, 'name: vsc-nav-web', 'name: '.length + 1);
    const edit = await waitFor(async () => {
      const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        svc.document.uri,
        position,
        'vsc-nav-shop',
      );
      return e && e.size >= 2 ? e : undefined;
    }, 'a rename edit touching the Service and the Ingress');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(svc.document.getText(), SERVICE.replace('name: vsc-nav-web', 'name: vsc-nav-shop'));
    assert.equal(ing.document.getText(), INGRESS.replace('name: vsc-nav-web', 'name: vsc-nav-shop'));
    // saved now, in the private temp folder: a dirty editor left behind would be saved after the folder is gone
    assert.ok((await svc.document.save()) && (await ing.document.save()));
    // the reverse works too: the renamed Ingress still finds its Service
    const back = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        ing.document.uri,
        positionOf(ing.document, 'name: vsc-nav-shop', 'name: '.length + 1),
      );
      return r?.length ? r : undefined;
    }, 'the renamed Ingress backend to resolve to the renamed Service');
    const first = back[0];
    assert.equal(('targetUri' in first ? first.targetUri : first.uri).fsPath, svc.document.uri.fsPath);
  });

  test('a code lens above the task definition names the services and rules that run it', async () => {
    const editor = await openFile(path.join(REPO_ROOT, 'examples', 'ecs', 'web-task-definition.json'));
    const lens = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10);
      return l?.find((x) => x.command?.title.startsWith('used by'));
    }, 'the "used by" code lens');
    // web-service.json runs it, and so does the EventBridge target in aws-cli/receipts-uploaded-targets.json
    assert.equal(lens.command?.title, 'used by 1 service, 1 rule');
    assert.equal(lens.command?.command, 'ecsEksArchitect.showReferences');
  });
});
