/** A language status item naming what the active file is (ECS task definition, Kubernetes Deployment…) and its schema. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentInfoRequest } from '../../shared/src/requests';

const SELECTOR: vscode.DocumentSelector = [{ language: 'json' }, { language: 'jsonc' }, { language: 'yaml' }];

export function registerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('ecsEksArchitect.kind', SELECTOR);
  item.name = 'ECS & EKS Architect';
  item.text = '';
  context.subscriptions.push(item);
  let seq = 0;
  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    const mine = ++seq;
    if (!editor || !['json', 'jsonc', 'yaml'].includes(editor.document.languageId)) {
      void vscode.commands.executeCommand('setContext', 'ecsEksArchitect.isOurs', false);
      return;
    }
    try {
      const info = await client.sendRequest(DocumentInfoRequest.type, {
        uri: editor.document.uri.toString(),
        offset: editor.document.offsetAt(editor.selection.active),
      });
      if (mine !== seq) return;
      void vscode.commands.executeCommand('setContext', 'ecsEksArchitect.isOurs', info.ours);
      item.text = info.ours ? `$(cloud) ${info.kinds.join(', ')}` : '';
      item.detail = info.tooLarge
        ? 'too large: not analysed'
        : info.schema
          ? `schema: ${info.schema}${info.kubernetesVersion ? ` · Kubernetes ${info.kubernetesVersion}` : ''}`
          : info.ours
            ? 'no schema for this kind'
            : undefined;
      item.command = info.ours ? { title: 'Show diagram', command: 'ecsEksArchitect.showDiagramForFile' } : undefined;
      item.severity = info.tooLarge ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    } catch {
      /* server restarting: the next event refreshes */
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 150);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(later),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) later();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  void refresh();
}
