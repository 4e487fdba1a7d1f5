#!/usr/bin/env node
// UI test of "ECS & EKS: Check Upgrade to Kubernetes…" in the real VS Code (code-server in headless
// Chromium), on a copy of examples/: run the command from the Command Palette, see the versions
// newest first with their EKS support, pick 1.35, read the report (the v1 Endpoints of
// eks/legacy-inventory.yaml is deprecated there), and follow its link to the file's line.
// Screenshots: test-results/screenshots/upgrade-*.png
//
// usage: node test/vscode/ui/upgrade.cjs     (after `npm run build` and scripts/test-host/install.sh)
// env:   EXT_PATH (extension folder, default repo root), TIMEOUT_S (default 180)
// exit:  0 every check passed, 1 a check failed, 2 infrastructure error.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser, waitFor, writeResult } = require('../host.cjs');
const { findInPalette, quickInputClosed, quickOpen, activeLineIs, editorFocused, runCommand, openWorkbench } = require('./workbench.cjs');

const extPath = path.resolve(process.env.EXT_PATH || ROOT);
const timeoutMs = Number(process.env.TIMEOUT_S || 180) * 1000;
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const COMMAND = 'ECS & EKS: Check Upgrade to Kubernetes…';
const WIDGET = '.quick-input-widget';
const t0 = Date.now();
const log = (...a) => console.log(`[upgrade ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of fs.readdirSync(SHOTS)) if (/^upgrade-/.test(f)) fs.rmSync(path.join(SHOTS, f));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-upgrade-'));
  fs.cpSync(path.join(ROOT, 'examples'), folder, { recursive: true });
  const legacy = fs.readFileSync(path.join(folder, 'eks/legacy-inventory.yaml'), 'utf8');
  const endpointsLine = apiVersionLineOf(legacy, 'Endpoints');
  const server = startCodeServer({ label: 'upgrade', folder, extension: extPath, settings: { 'files.autoSave': 'off' } });
  const browser = await launchBrowser({ width: 1500, height: 950 });
  const { page } = browser;
  const results = [];
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `upgrade-${name}.png`) }).catch(() => {});

  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      log(`ok   ${name}`);
    } catch (err) {
      results.push({ name, ok: false });
      log(`FAIL ${name}: ${String((err && err.message) || err).split('\n')[0]}`);
      await shot(`fail-${name.replace(/\W+/g, '-').slice(0, 60)}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  }

  const timer = setTimeout(() => {
    log(`FAIL: no result within ${timeoutMs / 1000} s`);
    shot('timeout').finally(() => process.exit(2));
  }, timeoutMs);
  // the editor draws spaces as no-break spaces
  const editorText = async () =>
    (await page.locator('.part.editor .editor-group-container.active .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  try {
    await openWorkbench(page, workbenchUrl(server.authority, folder));

    await check('the command lists the versions newest first, with their EKS support', async () => {
      // the manifest open: the server has it whether or not the start-up index has reached it
      await quickOpen(page, 'eks/legacy-inventory.yaml');
      if (!(await findInPalette(page, COMMAND, 45000))) throw new Error(`"${COMMAND}" is not in the Command Palette`);
      await page.locator(`${WIDGET} .monaco-list-row.focused`, { hasText: COMMAND }).waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      // the palette gives way to our version list (its title names the command)
      await page.locator(`${WIDGET} .quick-input-title`, { hasText: 'Check Upgrade to Kubernetes' }).waitFor({ timeout: 30000 });
      const rows = page.locator(`${WIDGET} .monaco-list-row`);
      await rows.first().waitFor({ timeout: 10000 });
      const labels = await waitFor(
        async () => {
          const texts = await rows.allInnerTexts();
          return texts.length >= 3 && texts;
        },
        'the version rows',
        10000,
        100,
      );
      const versions = labels.map((t) => /^1\.\d+/.exec(t.trim())?.[0]).filter(Boolean);
      const sorted = [...versions].sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]));
      if (versions.join() !== sorted.join()) throw new Error(`not newest first: ${versions.join(', ')}`);
      if (!labels.some((t) => /EKS (standard|extended) support until/.test(t)))
        throw new Error(`no EKS support shown: ${labels.join(' | ')}`);
      log(`     versions: ${versions.join(', ')}`);
      await shot('1-versions');
    });

    await check('picking 1.35 opens the report with the deprecated Endpoints of examples/', async () => {
      await page.locator(`${WIDGET} input`).fill('1.35');
      await page.locator(`${WIDGET} .monaco-list-row.focused`, { hasText: '1.35' }).waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      await quickInputClosed(page);
      await page.locator('.tab.active', { hasText: 'Upgrade to Kubernetes 1.35.md' }).waitFor({ timeout: 30000 });
      const text = await waitFor(
        async () => {
          const t = await editorText();
          return /Endpoints legacy-inventory/.test(t) && t;
        },
        'the report to name Endpoints legacy-inventory',
        15000,
        100,
      );
      for (const want of ['# Upgrade to Kubernetes 1.35', 'eks/legacy-inventory.yaml', 'discovery.k8s.io/v1', `line ${endpointsLine}`])
        if (!text.includes(want)) throw new Error(`the report lacks "${want}":\n${text}`);
      log(
        `     ${text
          .split('\n')
          .find((l) => l.includes('Deprecated'))
          ?.slice(0, 140)}`,
      );
      await shot('2-report');
    });

    await check("the finding's link opens the manifest at its line", async () => {
      // the extension's link provider makes `line 14` a link (a vscode.Uri, so code-server opens the
      // workspace's file, not the browser's); the editor marks it once links are computed
      const link = page
        .locator('.part.editor .editor-group-container.active .view-lines span.detected-link', { hasText: `line ${endpointsLine}` })
        .last();
      await link.waitFor({ timeout: 15000 });
      const manifest = page.locator('.tab.active', { hasText: 'legacy-inventory.yaml' });
      // a plain click puts the cursor in the link, then the editor's Open Link follows the same
      // DocumentLink a Ctrl+click does: Ctrl+clicks sometimes did nothing for 30 s in code-server,
      // also on a quiet machine (cause not found; the link was there and underlined)
      await link.click();
      await editorFocused(page);
      await runCommand(page, 'Open Link');
      await manifest.waitFor({ timeout: 15000 });
      await activeLineIs(page, endpointsLine);
      await shot('3-link');
    });
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeResult('upgrade', passed, failed);
  console.log(`upgrade: ${passed} passed, ${failed} failed (screenshots in ${path.relative(ROOT, SHOTS)}/)`);
  return failed ? 1 : 0;
}

/** 1-based line of the `apiVersion:` of the document of `kind` */
function apiVersionLineOf(text, kind) {
  const lines = text.split('\n');
  const k = lines.findIndex((l) => l.trim() === `kind: ${kind}`);
  for (let i = k; i >= 0; i--) if (lines[i].startsWith('apiVersion:')) return i + 1;
  throw new Error(`no ${kind} in the example`);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err && err.stack) || String(err));
    writeResult('upgrade', 0, 1);
    process.exit(2);
  },
);
