/** Extension entry: start the language server, the status item, the diagram and upgrade-check commands. No parsing happens here. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { State } from 'vscode-languageclient/node';
import { createClient } from './languageClient';
import { registerStatus } from './status';
import { registerDiagram } from './diagram/index';
import { registerShowReferences } from './showReferences';
import { registerUpgradeCheck } from './upgradeCheck';
import { TooLargeNotification } from '../../shared/src/requests';

let client: LanguageClient | undefined;

export async function activate(
  context: vscode.ExtensionContext,
): Promise<{ client: LanguageClient; ready: Promise<void>; activationMs: number }> {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('ECS & EKS Architect', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  let everRunning = false;
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) everRunning = true;
      // the client restarts a crashed server; tell the user once rather than lose features silently
      if (everRunning && e.oldState === State.Running && e.newState !== State.Running) {
        void vscode.window.showWarningMessage('ECS & EKS Architect: the language server stopped; restarting it.');
      }
    }),
  );
  registerDiagram(context, client);
  registerShowReferences(context, client);
  registerUpgradeCheck(context, client);
  context.subscriptions.push(vscode.commands.registerCommand('ecsEksArchitect.showOutput', () => output.show()));
  context.subscriptions.push(
    client.onNotification(TooLargeNotification.type, (p) => {
      const name = vscode.Uri.parse(p.uri).path.split('/').pop();
      void vscode.window.showInformationMessage(
        `ECS & EKS Architect: ${name} is ${Math.round(p.size / 1024)} KB, over the ${Math.round(p.limit / 1024)} KB limit, so it is not analysed. Raise "ecsEksArchitect.maxFileSizeKB" to analyse it fully.`,
      );
    }),
  );
  registerStatus(context, client);
  // activation does not wait for the server: requests made before it is up are queued by the client
  const ready = client.start().then(
    () => output.info(`language server ready ${Math.round(performance.now() - started)} ms after activation began`),
    (e: unknown) => output.error(`language server failed to start: ${e instanceof Error ? e.message : String(e)}`),
  );
  const activationMs = performance.now() - started;
  output.info(`activated in ${Math.round(activationMs)} ms`);
  return { client, ready, activationMs };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
