/** Starts the language server over stdio and scopes it to JSON and YAML files on disk. */
import * as vscode from 'vscode';
import NODE_FLAGS from '../../server/src/node/nodeFlags.json';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  RevealOutputChannelOn,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // a small young generation: the server's heap is small and short-lived garbage is its bulk (same flags in `npm run bench`).
    // stdio, not Node IPC: over stdio the server writes messages itself and splices the outline's
    // and links' kept JSON into them (lsp/messageEncoder.ts); the IPC channel stringifies every answer whole
    run: { module, transport: TransportKind.stdio, options: { execArgv: NODE_FLAGS } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...NODE_FLAGS, '--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'file', language: 'yaml' },
      // CloudFormation's `.template` files (package.json gives them the YAML language; JSON ones
      // are YAML too, and the server reads them as JSON by their first character)
      { scheme: 'file', pattern: '**/*.template' },
      // workflows, when the GitHub Actions extension gives them their own language
      { scheme: 'file', language: 'github-actions-workflow' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: {
      configurationSection: 'ecsEksArchitect',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc,yaml,yml,template}'),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // a crashed server is restarted (restartPolicy.ts); extension.ts tells the user once
    errorHandler: restartingErrorHandler(),
    initializationFailedHandler: (e) => {
      void vscode.window.showErrorMessage(`ECS & EKS Architect: the language server failed to start (${String(e)}).`);
      return false;
    },
  };
  return new LanguageClient('ecsEksArchitect', 'ECS & EKS Architect', serverOptions, clientOptions);
}

/** Write errors to a dead server never stop the client: the close that follows decides (restartPolicy.ts). */
function restartingErrorHandler(): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // handled: logged in the output channel, not shown; the user hears of the close once (extension.ts)
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const d = policy.closed(Date.now());
      return d.restart ? { action: CloseAction.Restart, handled: true } : { action: CloseAction.DoNotRestart, message: d.message };
    },
  };
}
