/**
 * ECS & EKS: Check Upgrade to Kubernetes…: pick a version (newest first, with its EKS support), and
 * read, per file and object, what stops working there and what to change, in a read-only Markdown
 * document whose links open each file at its line. The server computes both lists.
 *
 * The links are `vscode.Uri`s given by a link provider, not `file:` links in the text: VS Code maps
 * an extension's URIs to where the files are (in code-server, the remote), while a `file:` link
 * in a document is opened on the browser's side, where no such file is.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { KubernetesVersionsRequest, UpgradeCheckRequest, type KubernetesVersionChoice, type ReportLink } from '../../shared/src/requests';

const SCHEME = 'ecs-eks-upgrade';

function supportText(v: KubernetesVersionChoice): string {
  switch (v.support) {
    case 'standard':
      return `EKS standard support until ${v.standardEnds}`;
    case 'extended':
      return `EKS extended support until ${v.extendedEnds} (extra cost)`;
    case 'ended':
      return `EKS support ended ${v.extendedEnds}`;
    default:
      return 'not offered by EKS yet';
  }
}

/** the reports shown, by document uri; read-only documents the provider serves, with their links */
class Reports implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly texts = new Map<string, { text: string; links: ReportLink[] }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString())?.text ?? '';
  }
  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    return (this.texts.get(doc.uri.toString())?.links ?? []).map((l) => {
      const link = new vscode.DocumentLink(
        new vscode.Range(l.reportLine, l.start, l.reportLine, l.start + l.length),
        // the editor opens `#L14` at that line
        vscode.Uri.parse(l.uri).with({ fragment: `L${l.line + 1}` }),
      );
      link.tooltip = `Open at line ${l.line + 1}`;
      return link;
    });
  }
  set(uri: vscode.Uri, text: string, links: ReportLink[]): void {
    this.texts.set(uri.toString(), { text, links });
    this.changed.fire(uri);
  }
  dispose(): void {
    this.changed.dispose();
  }
}

async function pickVersion(client: LanguageClient): Promise<string | undefined> {
  const { versions } = await client.sendRequest(KubernetesVersionsRequest.type, {});
  const items = versions.map((v) => ({
    label: v.version,
    description: supportText(v),
    detail: v.objects ? `${v.objects} Kubernetes object${v.objects === 1 ? '' : 's'} in this workspace run on it now` : undefined,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Check Upgrade to Kubernetes…',
    placeHolder: 'The version to check the workspace against',
  });
  return picked?.label;
}

export function registerUpgradeCheck(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reports = new Reports();
  context.subscriptions.push(
    reports,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, reports),
    vscode.languages.registerDocumentLinkProvider({ scheme: SCHEME }, reports),
    vscode.commands.registerCommand('ecsEksArchitect.checkUpgrade', async (version?: unknown) => {
      const to = typeof version === 'string' ? version : await pickVersion(client);
      if (!to) return;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Checking the upgrade to Kubernetes ${to}` },
        () =>
          client.sendRequest(UpgradeCheckRequest.type, {
            to,
            roots: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()),
          }),
      );
      const uri = vscode.Uri.from({ scheme: SCHEME, path: `/Upgrade to Kubernetes ${to}.md` });
      reports.set(uri, result.markdown, result.links ?? []);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      return result;
    }),
  );
}
