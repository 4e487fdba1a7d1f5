/** What issue 8 asks of the manifest: commands with a category (and icons where they sit in a
 *  toolbar), menus for recognised files and folders, no keybindings, narrow activation, YAML
 *  suggestions in strings; and every contributed command is registered by the client. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, manifest } from './root';

interface Command {
  command: string;
  title: string;
  category?: string;
  icon?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
const commands: Command[] = manifest.contributes.commands;
const menus: Record<string, MenuItem[]> = manifest.contributes.menus;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.ts$/.test(n) ? [p] : [];
  });
}
const clientSource = sourceFiles(join(ROOT, 'client/src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

test('commands: our prefix, one category, a title; the client registers each one', () => {
  assert.ok(commands.length >= 3);
  for (const c of commands) {
    assert.match(c.command, /^ecsEksArchitect\./);
    assert.equal(c.category, 'ECS & EKS', `${c.command} category`);
    assert.ok(c.title.length > 5);
    assert.ok(clientSource.includes(`registerCommand('${c.command}'`), `${c.command} is contributed but never registered`);
  }
});

test('menus: editor title for recognised files, explorer folders get "Show architecture"', () => {
  const known = new Set(commands.map((c) => c.command));
  for (const [where, items] of Object.entries(menus)) {
    for (const m of items) assert.ok(known.has(m.command), `${where} names unknown command ${m.command}`);
  }
  const title = menus['editor/title'] ?? [];
  assert.ok(title.length > 0, 'an editor title button');
  for (const m of title) {
    assert.match(m.when ?? '', /ecsEksArchitect\.isOurs/, 'only on files we recognise');
    assert.ok(commands.find((c) => c.command === m.command)?.icon, `${m.command} sits in a toolbar and needs an icon`);
  }
  // the client sets the context key the menus rely on
  assert.match(clientSource, /setContext', 'ecsEksArchitect\.isOurs'/);
  const explorer = menus['explorer/context'] ?? [];
  assert.ok(explorer.some((m) => m.command === 'ecsEksArchitect.showDiagram' && /explorerResourceIsFolder/.test(m.when ?? '')));
});

test('no keybindings are taken', () => {
  assert.equal(manifest.contributes.keybindings, undefined);
});

test('activation only on what is needed', () => {
  const events: string[] = manifest.activationEvents ?? [];
  for (const e of events) {
    assert.notEqual(e, '*', 'never activate on everything');
    assert.notEqual(e, 'onStartupFinished');
    assert.match(
      e,
      /^(onLanguage:(json|jsonc|yaml)|workspaceContains:.+|onWebviewPanel:ecsEksArchitect\.\w+|onCommand:ecsEksArchitect\.\w+)$/,
      `unexpected activation event ${e}`,
    );
  }
  // a webview panel that can be restored needs its activation event
  if (clientSource.includes('registerWebviewPanelSerializer')) assert.ok(events.some((e) => e.startsWith('onWebviewPanel:')));
});

test('YAML gets quick suggestions inside strings', () => {
  const yaml = manifest.contributes.configurationDefaults?.['[yaml]'];
  assert.equal(yaml?.['editor.quickSuggestions']?.strings, true);
});

test('the package names its entry points, icon, license and engine', () => {
  assert.equal(manifest.main, './dist/client.js');
  assert.equal(manifest.bin['ecs-eks-architect'], './dist/cli.js');
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.equal(manifest.license, 'MIT');
  assert.ok(statSync(join(ROOT, manifest.icon)).size > 0);
  for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md', '.vscodeignore']) assert.ok(statSync(join(ROOT, f)).size > 0, f);
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /MIT License[\s\S]*ECS & EKS Architect contributors/);
  assert.match(
    readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
    new RegExp(`## ${manifest.version.replace(/\./g, '\\.')}`),
    'the CHANGELOG has an entry for this version',
  );
});

test('CloudFormation `.template` files get a language (YAML, which also reads JSON) and the client sends them', () => {
  const languages: { id: string; extensions?: string[] }[] = manifest.contributes.languages;
  assert.ok(languages.some((l) => l.id === 'yaml' && l.extensions?.includes('.template')));
  const client = readFileSync(join(ROOT, 'client/src/languageClient.ts'), 'utf8');
  assert.match(client, /pattern: '\*\*\/\*\.template'/);
  assert.match(client, /createFileSystemWatcher\('\*\*\/\*\.\{[^}]*template[^}]*\}'\)/);
});
