/**
 * The command behind the server's code lenses ("used by 2 services"): shows the places the lens
 * lists in the references view, through VS Code's own `editor.action.showReferences`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as lsp from 'vscode-languageserver-protocol';

export const SHOW_REFERENCES = 'ecsEksArchitect.showReferences';

export function registerShowReferences(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REFERENCES, async (uri: string, position: lsp.Position, locations: lsp.Location[]) => {
      const c = client.protocol2CodeConverter;
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        c.asUri(uri),
        c.asPosition(position),
        locations.map((l) => c.asLocation(l)),
      );
    }),
  );
}
