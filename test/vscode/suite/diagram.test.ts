import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, REPO_ROOT, serverReady, waitFor } from './helpers';

/** the diagram panel's tab, if open */
const diagramTab = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('ecsEksArchitect.diagram'));

suite('diagram', () => {
  let dir: string;
  suiteSetup(async () => {
    await serverReady();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-diagram-export-'));
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Show Architecture Diagram opens one panel', async () => {
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram');
    const tab = await waitFor(() => diagramTab(), 'the diagram tab', 20_000);
    assert.equal(tab.label, 'Architecture');
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram');
    const count = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('ecsEksArchitect.diagram')).length;
    assert.equal(count, 1, 'showing again reuses the panel');
  });

  test('Copy Mermaid gives what the view shows: the overview, one box per cluster, with a legend', async () => {
    await vscode.env.clipboard.writeText('');
    const text = await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        const t = await vscode.env.clipboard.readText();
        return t.includes('ECS cluster shop<br/>') && t;
      },
      'the overview on the clipboard',
      20_000,
    );
    assert.match(text, /^flowchart LR\n/);
    assert.match(text, /"EKS cluster shop-eks<br\/>\d+ resources/);
    assert.match(text, /subgraph legend/, 'the text stands alone');
    // the boxes hold the resources: none is printed on its own
    assert.doesNotMatch(text, /ECS service shop-web/);
  });

  test("the file's cluster/namespace only, then the whole workspace again", async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(REPO_ROOT, 'examples', 'eks', 'storefront.yaml')));
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagramForFile');
    const scoped = await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        const t = await vscode.env.clipboard.readText();
        return !t.includes('ECS service') && t;
      },
      'a diagram without the ECS services',
      20_000,
    );
    assert.match(scoped, /Deployment storefront/);
    assert.equal(diagramTab()?.label, 'Architecture: storefront.yaml');
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram');
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        return (await vscode.env.clipboard.readText()).includes('ECS cluster shop<br/>');
      },
      'the overview of the whole workspace again',
      20_000,
    );
    assert.equal(diagramTab()?.label, 'Architecture');
  });

  test('from the Explorer, a folder shows what is defined under it', async () => {
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram', vscode.Uri.file(path.join(REPO_ROOT, 'examples', 'ecs')));
    const scoped = await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        const t = await vscode.env.clipboard.readText();
        return t.includes('ECS cluster shop<br/>') && !t.includes('EKS cluster shop-eks') && t;
      },
      'an overview of examples/ecs only',
      20_000,
    );
    assert.match(scoped, /ECS cluster shop<br\/>\d+ resources/);
    assert.equal(diagramTab()?.label, 'Architecture: ecs');
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram');
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        return (await vscode.env.clipboard.readText()).includes('EKS cluster shop-eks');
      },
      'the whole workspace again',
      20_000,
    );
  });

  test('Export writes Markdown and SVG where asked, and nothing else', async () => {
    const md = vscode.Uri.file(path.join(dir, 'architecture.md'));
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('ecsEksArchitect.exportDiagram', 'md', md);
    assert.equal(saved?.fsPath, md.fsPath);
    const text = fs.readFileSync(md.fsPath, 'utf8');
    await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
    assert.equal(text, '```mermaid\n' + (await vscode.env.clipboard.readText()).trimEnd() + '\n```\n');

    const svgUri = vscode.Uri.file(path.join(dir, 'architecture.svg'));
    await vscode.commands.executeCommand('ecsEksArchitect.exportDiagram', 'svg', svgUri);
    const svg = fs.readFileSync(svgUri.fsPath, 'utf8');
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes('ECS cluster shop'), 'the drawing has the examples (the overview: one box per cluster)');
    assert.doesNotMatch(svg, /data-node=|<script/i, 'no webview-only attributes, no script');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['architecture.md', 'architecture.svg']);
  });
});
