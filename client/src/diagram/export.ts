/**
 * Copy and export. The only place the extension writes a file: where the user chose in a save
 * dialog. Mermaid text and Markdown are what the view shows (a drill-down exports that
 * drill-down), printed by the same shared code; without a panel, what the CLI prints. SVG is
 * what the view shows, serialized by the webview.
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { DiagramRequest, type DiagramResult } from '../../../shared/src/requests';
import { DiagramPanel, type DiagramContext } from './panel';
import { EXPORT_FORMATS, fileContent, type ExportFormat } from './format';

/** what the open panel shows (its level and kind filter, with a legend), else a fresh diagram of the whole workspace */
async function currentDiagram(ctx: DiagramContext): Promise<{ mermaid: string; stats: DiagramResult['stats'] }> {
  const panel = DiagramPanel.current;
  const shown = panel?.shownMermaid;
  if (panel?.result && shown !== undefined) return { mermaid: shown, stats: panel.result.stats };
  if (ctx.client.state !== State.Running) throw new Error('the language server is not running yet');
  const direction = vscode.workspace.getConfiguration('ecsEksArchitect.diagram').get<string>('direction') === 'TB' ? 'TB' : 'LR';
  return ctx.client.sendRequest(DiagramRequest.type, { direction });
}

export async function copyMermaid(ctx: DiagramContext): Promise<void> {
  try {
    const { mermaid, stats } = await currentDiagram(ctx);
    await vscode.env.clipboard.writeText(mermaid);
    void vscode.window.showInformationMessage(`Copied the diagram as Mermaid (${stats.nodes} resources).`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not copy the diagram: ${message(e)}`);
  }
}

export async function exportDiagram(ctx: DiagramContext, format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  try {
    const choice = format
      ? EXPORT_FORMATS.find((f) => f.format === format)
      : await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ ...f, label: f.label, detail: f.detail })),
          { placeHolder: 'Export the architecture diagram as…' },
        );
    if (!choice) return undefined;
    let svg: string | undefined;
    if (choice.format === 'svg') {
      // the open panel as it is (scope and filters kept), else a new one for the whole workspace
      svg = await (DiagramPanel.current ?? DiagramPanel.createOrShow(ctx)).svg();
    }
    const { mermaid } = await currentDiagram(ctx);
    const content = fileContent(choice.format, mermaid, svg);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `architecture.${choice.format}`) : undefined,
        filters: choice.filter,
        saveLabel: 'Export',
        title: 'Export Architecture Diagram',
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    void vscode.window.showInformationMessage(`Saved the diagram to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not export the diagram: ${message(e)}`);
    return undefined;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
