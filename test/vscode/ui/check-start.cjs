#!/usr/bin/env node
// Used by `START_SMOKE=1 npm start`: opens the URL start.sh printed in headless Chromium and
// checks that the workbench shows the examples folder and that our extension's commands are
// there (or, if it contributes none yet, that the workbench came up). Screenshot: test-results/screenshots/start.png
// usage: node test/vscode/ui/check-start.cjs URL
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, launchBrowser } = require('../host.cjs');
const { findInPalette, closeQuickInput, openWorkbench } = require('./workbench.cjs');

async function main(url) {
  const shots = path.join(ROOT, 'test-results/screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(process.env.EXT_PATH || ROOT, 'package.json'), 'utf8'));
  const cmd = (pkg.contributes?.commands || [])[0];
  const browser = await launchBrowser();
  const { page } = browser;
  try {
    await openWorkbench(page, url);
    // the Explorer's header names the opened folder
    const folderName = new URL(url).searchParams.get('folder').split('/').pop();
    await page.locator('.pane-header', { hasText: folderName }).first().waitFor({ timeout: 30000 });
    if (cmd) {
      const label = cmd.category ? `${cmd.category}: ${cmd.title}` : cmd.title;
      if (!(await findInPalette(page, label, 60000))) throw new Error(`"${label}" not in the Command Palette`);
      console.log(`start check: workbench up, "${label}" in the Command Palette`);
      await closeQuickInput(page);
    } else {
      console.log('start check: workbench up (package.json contributes no commands to look for)');
    }
    await page.screenshot({ path: path.join(shots, 'start.png') });
    return 0;
  } catch (err) {
    await page.screenshot({ path: path.join(shots, 'start-failure.png') }).catch(() => {});
    console.error(`start check failed: ${err.message.split('\n')[0]}`);
    return 1;
  } finally {
    await browser.close();
  }
}

main(process.argv[2]).then(
  (c) => process.exit(c),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
