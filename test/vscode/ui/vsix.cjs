#!/usr/bin/env node
// The packaged extension works, not just the development folder: builds the VSIX once
// (scripts/package.sh), checks what is inside, installs it with `code-server --install-extension`
// into a fresh extensions folder (no extensionDevelopmentPath anywhere), opens a broken Fargate
// task definition in the workbench and waits for our diagnostic in the Problems panel.
//
// usage: node test/vscode/ui/vsix.cjs   (after scripts/test-host/install.sh)
// env:   VSIX=path reuses a VSIX instead of building one; TIMEOUT_S (default 240)
// exit:  0 every check passed, 1 a check failed, 2 infrastructure error.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, VSHOST, EXTENSION_ID, startCodeServer, workbenchUrl, launchBrowser, waitFor, writeResult } = require('../host.cjs');
const { quickOpen, goToLine, editorFocused, cursorAt, pressInEditor, typeInEditor, openWorkbench } = require('./workbench.cjs');

const timeoutMs = Number(process.env.TIMEOUT_S || 240) * 1000;
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const MAX_BYTES = 5 * 1024 * 1024;
const t0 = Date.now();
const log = (...a) => console.log(`[vsix ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// 0.25 vCPU with 4 GiB is not a Fargate size: ecs/fargate-cpu-memory reports it on "memory"
const BROKEN_TASK = `{
  "family": "vsix-check",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "4096",
  "containerDefinitions": [
    { "name": "web", "image": "public.ecr.aws/nginx/nginx:1.27", "essential": true }
  ]
}
`;

/** file names inside the zip, through Debian's unzip */
function zipEntries(file) {
  const r = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip -Z1 failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** what .vscodeignore promises: only these paths under extension/ */
const ALLOWED = [
  /^dist\/(client|client-main|server|server-main|cli)\.js$/,
  /^dist\/webview\/.+$/,
  /^dist\/schemas\/.+\.json(\.gz)?$/,
  /^dist\/schemas\/validators\/[\w.-]+\.js$/,
  /^schemas\/.+\.(json|md)$/,
  /^dist\/ThirdPartyNotices\.txt$/,
  /^snippets\/[^/]+\.code-snippets$/,
  /^package\.json$/,
  /^readme\.md$/i,
  /^changelog\.md$/i,
  /^LICENSE(\.txt)?$/,
  /^media\/icon\.png$/,
];

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const results = [];
  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok   ${name}`);
      return true;
    } catch (err) {
      results.push({ name, ok: false });
      log(
        `FAIL ${name}: ${String((err && err.message) || err)
          .split('\n')
          .slice(0, 6)
          .join('\n     ')}`,
      );
      return false;
    }
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-vsix-'));
  let vsix = process.env.VSIX ? path.resolve(process.env.VSIX) : path.join(work, 'ecs-eks-architect.vsix');

  const built = await check('npm run package makes a VSIX under 5 MB', () => {
    if (!process.env.VSIX) {
      const r = spawnSync('bash', [path.join(ROOT, 'scripts/package.sh')], {
        cwd: ROOT,
        env: { ...process.env, OUT: vsix },
        encoding: 'utf8',
      });
      if (r.status !== 0)
        throw new Error(`scripts/package.sh exited ${r.status}:\n${(r.stdout + r.stderr).split('\n').slice(-15).join('\n')}`);
    }
    const size = fs.statSync(vsix).size;
    log(`     ${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB`);
    if (size >= MAX_BYTES) throw new Error(`${size} bytes, over the 5 MB budget`);
  });

  if (built) {
    await check('the VSIX holds only what runs (no sources, maps or tests)', () => {
      const files = zipEntries(vsix)
        .filter((f) => f.startsWith('extension/'))
        .map((f) => f.slice('extension/'.length));
      const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)) || /\.map$/.test(f));
      if (stray.length) throw new Error(`unexpected files: ${stray.slice(0, 10).join(', ')}`);
      for (const need of [
        'package.json',
        'dist/client.js',
        'dist/client-main.js',
        'dist/server.js',
        'dist/server-main.js',
        'dist/cli.js',
        'dist/schemas/kubernetes.json',
        'dist/schemas/kubernetes-docs.json',
        'dist/schemas/validators/index.json',
        'dist/ThirdPartyNotices.txt',
        'schemas/ecs/task-definition.schema.json',
        'media/icon.png',
      ]) {
        if (!files.includes(need)) throw new Error(`missing ${need}`);
      }
    });
  }

  // a fresh run folder: install the VSIX the way a user would, then start code-server on it
  fs.mkdirSync(path.join(ROOT, '.vscode-test/runs'), { recursive: true });
  const runDir = fs.mkdtempSync(path.join(ROOT, '.vscode-test/runs/vsix-'));
  const installed =
    built &&
    (await check('code-server --install-extension installs it', () => {
      fs.writeFileSync(path.join(runDir, 'config.yaml'), '');
      const env = {
        ...process.env,
        PATH: `${VSHOST}/bin:${process.env.PATH}`,
        XDG_CONFIG_HOME: `${VSHOST}/xdg/config`,
        XDG_DATA_HOME: `${VSHOST}/xdg/data`,
        XDG_CACHE_HOME: `${VSHOST}/xdg/cache`,
      };
      const entry = path.join(VSHOST, 'cs/node_modules/code-server/out/node/entry.js');
      const r = spawnSync(
        path.join(VSHOST, 'bin/node'),
        [
          entry,
          '--install-extension',
          vsix,
          '--extensions-dir',
          path.join(runDir, 'exts'),
          '--user-data-dir',
          path.join(runDir, 'ud'),
          '--config',
          path.join(runDir, 'config.yaml'),
        ],
        { env, encoding: 'utf8', timeout: 120000 },
      );
      if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stdout}${r.stderr}`);
      const dirs = fs.readdirSync(path.join(runDir, 'exts')).filter((d) => d.toLowerCase().startsWith(EXTENSION_ID));
      if (dirs.length !== 1) throw new Error(`expected one ${EXTENSION_ID}-* folder, found: ${dirs.join(', ') || 'none'}\n${r.stdout}`);
      const dir = path.join(runDir, 'exts', dirs[0]);
      // a copy from the VSIX, not a link to the repo
      if (fs.lstatSync(dir).isSymbolicLink()) throw new Error(`${dir} is a symlink`);
      if (fs.existsSync(path.join(dir, 'server')) || !fs.existsSync(path.join(dir, 'dist/server.js')))
        throw new Error(`${dir} does not look like the packaged extension`);
      log(`     installed: ${dirs[0]}`);
    }));

  if (installed) {
    const folder = path.join(work, 'workspace');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'web-task-definition.json'), BROKEN_TASK);
    const server = startCodeServer({ label: 'vsix', folder, runDir, settings: { 'files.autoSave': 'off' } });
    const browser = await launchBrowser();
    const { page } = browser;
    const timer = setTimeout(() => {
      log(`FAIL: no result within ${timeoutMs / 1000} s`);
      process.exit(2);
    }, timeoutMs);
    try {
      await openWorkbench(page, workbenchUrl(server.authority, folder));
      await check('the installed extension activates and reports a broken task definition', async () => {
        await quickOpen(page, 'web-task-definition.json');
        await page.keyboard.press('Control+Shift+M');
        // our rule, on the "memory" line (6), from the packaged server
        const row = page
          .locator('.markers-panel .monaco-list-row', { hasText: 'ecs/fargate-cpu-memory' })
          .filter({ hasText: /\[Ln 6, Col \d+\]/ })
          .first();
        await row.waitFor({ timeout: 60000 });
        log(`     problem: ${(await row.innerText()).replace(/\s+/g, ' ').slice(0, 140)}`);
        await page.screenshot({ path: path.join(SHOTS, 'vsix-diagnostic.png') }).catch(() => {});
      });
      await check('the installed extension completes values and keys', async () => {
        const rows = page.locator('.suggest-widget .monaco-list-row');
        // hide the panel (Control+J toggles it): half-typed text makes transient problems
        const panel = page.locator('.part.panel');
        if (await panel.isVisible()) await page.keyboard.press('Control+J');
        await panel.waitFor({ state: 'hidden', timeout: 10000 });
        // the networkMode value (line 4, after `  "networkMode": "`): empty it and ask for suggestions
        await page.locator('.part.editor .monaco-editor .view-lines').first().click();
        await editorFocused(page);
        await goToLine(page, 4, 19);
        await pressInEditor(page, ...Array(6).fill('Shift+ArrowRight'));
        await pressInEditor(page, 'Delete');
        await cursorAt(page, 4, 19);
        const bridge = page.locator('.suggest-widget .monaco-list-row', { hasText: 'bridge' }).first();
        await waitFor(
          async () => {
            await pressInEditor(page, 'Control+Space');
            await bridge.waitFor({ timeout: 3000 });
            return true;
          },
          'networkMode values in the suggest widget',
          30000,
          200,
        );
        await page.screenshot({ path: path.join(SHOTS, 'vsix-completion.png') }).catch(() => {});
        await page.keyboard.press('Escape');
        // keys: a new line after `"family": …,` and a quote, narrowed to a key the file lacks
        await pressInEditor(page, 'Control+Home', 'ArrowDown', 'End');
        await cursorAt(page, 2, BROKEN_TASK.split('\n')[1].length + 1);
        await pressInEditor(page, 'Enter');
        await typeInEditor(page, '"exec');
        const key = page.locator('.suggest-widget .monaco-list-row', { hasText: 'executionRoleArn' }).first();
        await key.waitFor({ timeout: 15000 }).catch(async () => {
          await pressInEditor(page, 'Control+Space');
          await key.waitFor({ timeout: 15000 });
        });
        if (!(await rows.count())) throw new Error('no suggestions');
        await page.keyboard.press('Escape');
      });
    } finally {
      clearTimeout(timer);
      if (results.some((r) => !r.ok)) await page.screenshot({ path: path.join(SHOTS, 'vsix-fail.png') }).catch(() => {});
      await browser.close();
      server.stop(); // removes runDir too (unless KEEP_RUN)
    }
  } else if (!process.env.KEEP_RUN) fs.rmSync(runDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeResult('vsix', passed, failed);
  console.log(`vsix: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err && err.stack) || String(err));
    writeResult('vsix', 0, 1);
    process.exit(2);
  },
);
