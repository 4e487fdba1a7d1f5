import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
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

  test('Copy Mermaid gives the text the CLI prints for the same files', async () => {
    await vscode.env.clipboard.writeText('');
    const text = await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        const t = await vscode.env.clipboard.readText();
        return t.includes('ECS service shop-web') && t;
      },
      'the diagram on the clipboard',
      20_000,
    );
    assert.match(text, /^flowchart LR\n/);
    // other suites opened fixtures, so the editor's workspace holds more files than examples/:
    // every node and edge line the CLI prints for examples/ must still be there, byte for byte
    const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'diagram', path.join(REPO_ROOT, 'examples')], {
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stderr);
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    const ours = cli.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^(n_|c_)\w+/.test(l));
    assert.ok(ours.length > 40, 'the CLI printed nodes and edges');
    const missing = ours.filter((l) => !lines.has(l));
    assert.deepEqual(missing, [], 'lines the CLI prints that the view does not');
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
        return (await vscode.env.clipboard.readText()).includes('ECS service shop-web');
      },
      'the whole workspace again',
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
        return t.includes('ECS service shop-web') && !t.includes('Deployment storefront') && t;
      },
      'a diagram of examples/ecs only',
      20_000,
    );
    assert.match(scoped, /ECS service shop-worker/);
    assert.equal(diagramTab()?.label, 'Architecture: ecs');
    await vscode.commands.executeCommand('ecsEksArchitect.showDiagram');
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('ecsEksArchitect.copyMermaid');
        return (await vscode.env.clipboard.readText()).includes('Deployment storefront');
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
    assert.ok(svg.includes('shop-web'), 'the drawing has the examples');
    assert.doesNotMatch(svg, /data-node=|<script/i, 'no webview-only attributes, no script');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['architecture.md', 'architecture.svg']);
  });
});
