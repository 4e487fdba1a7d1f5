#!/usr/bin/env node
// UI smoke test: drives the real VS Code workbench (code-server in headless Chromium) the way a
// person would — Quick Open a task definition from examples/, read a hover, break the document
// and watch our diagnostic reach the Problems panel, find our commands in the Command Palette —
// and saves a screenshot of each step to test-results/screenshots/.
//
// usage: node test/vscode/ui/smoke.cjs     (after `npm run build` and scripts/test-host/install.sh)
// env:   EXT_PATH (extension folder, default repo root), FOLDER (default examples/), TIMEOUT_S (default 180)
// exit:  0 every check passed, 1 a check failed, 2 infrastructure error.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser, waitFor, writeResult } = require('../host.cjs');
const {
  openQuickInput,
  findInPalette,
  runCommand,
  quickOpen,
  goToLine,
  editorFocused,
  cursorAt,
  pressInEditor,
  closeQuickInput,
  openWorkbench,
} = require('./workbench.cjs');

const extPath = path.resolve(process.env.EXT_PATH || ROOT);
const timeoutMs = Number(process.env.TIMEOUT_S || 180) * 1000;
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const OUR_SOURCE = 'ecs-eks-architect';
const t0 = Date.now();
const log = (...a) => console.log(`[smoke ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** JSON files under `dir` whose content makes them a task definition (containerDefinitions array) */
function findTaskDefinitions(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (
        e.name.endsWith('.json') &&
        /"containerDefinitions"\s*:\s*\[/.test(fs.readFileSync(p, 'utf8')) &&
        /"family"\s*:/.test(fs.readFileSync(p, 'utf8'))
      )
        out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

/** the workspace: examples/ and a task definition in it; a temp copy of a fixture until examples/ has one */
function chooseWorkspace() {
  const folder = path.resolve(process.env.FOLDER || path.join(ROOT, 'examples'));
  const found = findTaskDefinitions(folder);
  if (found.length) return { folder, file: found.find((f) => /task/i.test(path.basename(f))) || found[0], temp: false };
  log(`WARNING: no task definition in ${folder}; using a temp workspace with a fixture instead`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-smoke-'));
  const file = path.join(tmp, 'web-taskdef.json');
  fs.copyFileSync(path.join(ROOT, 'test/fixtures/ecs/wrong-type-taskdef.json'), file);
  return { folder: tmp, file, temp: true };
}

/** contributed commands as the palette shows them ("Category: Title"), minus those hidden from it */
function paletteCommands() {
  const pkg = JSON.parse(fs.readFileSync(path.join(extPath, 'package.json'), 'utf8'));
  const hidden = new Set((pkg.contributes?.menus?.commandPalette || []).filter((m) => m.when === 'false').map((m) => m.command));
  const conditional = new Set(
    (pkg.contributes?.menus?.commandPalette || []).filter((m) => m.when && m.when !== 'false').map((m) => m.command),
  );
  return (pkg.contributes?.commands || [])
    .filter((c) => !hidden.has(c.command))
    .map((c) => ({ id: c.command, label: c.category ? `${c.category}: ${c.title}` : c.title, conditional: conditional.has(c.command) }));
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^smoke-/.test(f)) fs.rmSync(path.join(SHOTS, f));
  const ws = chooseWorkspace();
  const rel = path.relative(ws.folder, ws.file);
  const text = fs.readFileSync(ws.file, 'utf8');
  // autosave stays off: the smoke test edits the example and must never write it back
  const server = startCodeServer({
    label: 'smoke',
    folder: ws.folder,
    extension: extPath,
    settings: { 'files.autoSave': 'off', 'editor.wordBasedSuggestions': 'off' },
  });
  const browser = await launchBrowser();
  const { page } = browser;
  const results = [];
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `smoke-${name}.png`) }).catch(() => {});

  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok   ${name}`);
    } catch (err) {
      results.push({ name, ok: false });
      log(`FAIL ${name}: ${err.message.split('\n')[0]}`);
      await shot(`fail-${name.replace(/\W+/g, '-')}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }

  const timer = setTimeout(() => {
    log(`FAIL: no result within ${timeoutMs / 1000} s`);
    shot('timeout').finally(() => process.exit(2));
  }, timeoutMs);
  try {
    await openWorkbench(page, workbenchUrl(server.authority, ws.folder));

    await check('workbench opens the folder', async () => {
      // the Explorer's header names the opened folder
      await page
        .locator('.pane-header', { hasText: path.basename(ws.folder) })
        .first()
        .waitFor({ timeout: 30000 });
      await shot('1-workbench');
    });

    await check(`Quick Open ${rel}`, async () => {
      await quickOpen(page, rel.split(path.sep).join('/'));
      await shot('2-task-definition');
    });

    // cursor onto a key with Go to Line (Ctrl+G accepts line:column), then Show or Focus Hover
    async function goTo(offset) {
      const before = text.slice(0, offset).split('\n');
      await goToLine(page, before.length, before[before.length - 1].length + 1);
    }

    await check('hover on "family" shows our text', async () => {
      const at = text.indexOf('"family"');
      if (at < 0) throw new Error(`no "family" key in ${rel}`);
      // the server may still be starting: ask again until a hover with text appears
      const hoverText = await waitFor(
        async () => {
          await goTo(at + 3);
          await runCommand(page, 'Show or Focus Hover', 5000);
          const hover = page
            .locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content')
            .first();
          await hover.waitFor({ state: 'visible', timeout: 3000 });
          const t = (await hover.innerText()).trim();
          return /famil/i.test(t) && t;
        },
        'a hover mentioning "family"',
        45000,
        500,
      );
      log(`     hover: ${hoverText.split('\n')[0].slice(0, 100)}`);
      await shot('3-hover');
      await page.keyboard.press('Escape');
    });

    await check('a wrong type shows up in Problems as ours', async () => {
      // add `"ipcMode": 42,` (ipcMode takes a string) as the first property, after line 1's `{`
      await page.keyboard.press('Escape');
      await closeQuickInput(page);
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      await pressInEditor(page, 'Control+Home', 'End');
      await cursorAt(page, 1, text.split('\n')[0].length + 1);
      await pressInEditor(page, 'Enter');
      await editorFocused(page);
      await page.keyboard.insertText('"ipcMode": 42,');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      // our row for the inserted line (an error the example already had would not prove the round trip)
      const row = page
        .locator('.markers-panel .monaco-list-row', { hasText: OUR_SOURCE })
        .filter({ hasText: /\[Ln 2, Col \d+\]/ })
        .first();
      await row.waitFor({ timeout: 30000 });
      log(`     problem: ${(await row.innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
      await shot('4-problems');
      // put the buffer back as it is on disk
      await runCommand(page, 'File: Revert File', 5000);
    });

    const commands = paletteCommands();
    await check(`Command Palette lists our ${commands.length} command(s)`, async () => {
      if (!commands.length) {
        log('     (package.json contributes no commands yet: nothing to look for)');
        return;
      }
      const missing = [];
      for (const c of commands) {
        const listed = await findInPalette(page, c.label, c.conditional ? 5000 : 20000);
        // commands with a `when` in menus.commandPalette may rightly be hidden in this editor
        if (!listed && !c.conditional) missing.push(c.label);
        if (!listed && c.conditional) log(`     (not listed, has a when clause: ${c.label})`);
      }
      const prefix = commands[0].label.includes(':') ? commands[0].label.split(':')[0] : commands[0].label;
      const input = await openQuickInput(page, 'F1', '>');
      await input.fill(`>${prefix}`);
      await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 5000 });
      await shot('5-command-palette');
      await page.keyboard.press('Escape');
      if (missing.length) throw new Error(`not in the Command Palette: ${missing.join(', ')}`);
    });
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
    if (ws.temp) fs.rmSync(ws.folder, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeResult('smoke', passed, failed);
  console.log(`smoke: ${passed} passed, ${failed} failed (screenshots in ${path.relative(ROOT, SHOTS)}/)`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err && err.stack) || String(err));
    writeResult('smoke', 0, 1);
    process.exit(2);
  },
);
