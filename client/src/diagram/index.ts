/**
 * The diagram commands: show (whole workspace or the current file's cluster/namespace), copy,
 * export; the serializer that brings the panel back after a reload; and the server's
 * "index changed" notification forwarded to the open panel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexChangedNotification } from '../../../shared/src/requests';
import { DiagramPanel, VIEW_TYPE, type DiagramContext } from './panel';
import { copyMermaid, exportDiagram } from './export';
import type { ExportFormat } from './format';
import type { WebviewState } from '../../../shared/src/messages';

export function registerDiagram(context: vscode.ExtensionContext, client: LanguageClient): void {
  const ctx: DiagramContext = { extensionUri: context.extensionUri, client };
  const fileScope = (arg: unknown): string | undefined => {
    if (arg instanceof vscode.Uri) return arg.toString();
    return vscode.window.activeTextEditor?.document.uri.toString();
  };
  context.subscriptions.push(
    // from the Explorer's folder menu the argument is the folder: draw what is defined under it
    vscode.commands.registerCommand('ecsEksArchitect.showDiagram', (arg?: unknown) => {
      DiagramPanel.createOrShow(ctx, folderScope(arg));
    }),
    vscode.commands.registerCommand('ecsEksArchitect.showDiagramForFile', (arg?: unknown) => {
      const scope = fileScope(arg);
      if (!scope) {
        void vscode.window.showInformationMessage('Open an ECS or Kubernetes file first, then show its architecture.');
        return;
      }
      DiagramPanel.createOrShow(ctx, scope);
    }),
    vscode.commands.registerCommand('ecsEksArchitect.copyMermaid', () => copyMermaid(ctx)),
    // (format, target) are for tests and keybindings; the palette asks for both
    vscode.commands.registerCommand('ecsEksArchitect.exportDiagram', (format?: ExportFormat, target?: vscode.Uri) =>
      exportDiagram(ctx, typeof format === 'string' ? format : undefined, target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        DiagramPanel.revive(panel, ctx, state && typeof state === 'object' ? (state as WebviewState) : undefined);
      },
    }),
    client.onNotification(IndexChangedNotification.type, () => DiagramPanel.current?.schedule()),
  );
}

/** a folder below the workspace root, as a scope ("…/folder/"); the root itself means the whole workspace */
function folderScope(arg: unknown): string | undefined {
  if (!(arg instanceof vscode.Uri)) return undefined;
  if (vscode.workspace.workspaceFolders?.some((f) => f.uri.toString() === arg.toString())) return undefined;
  const s = arg.toString();
  return s.endsWith('/') ? s : `${s}/`;
}
