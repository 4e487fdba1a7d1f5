#!/usr/bin/env node
// Runs the extension-host suites (out/test/vscode/suite/*.test.js) inside a real VS Code:
// code-server with the smoke-test driver enabled, and headless Chromium opening a workbench URL
// whose payload names this repo as the development extension and our suite as the tests.
// The workbench runs suite/index.js's run() in the extension host and reports the exit code
// through window.codeAutomationExit; mocha's output arrives through window.codeAutomationLog.
//
// usage: node test/vscode/run-exttests.cjs      (after `npm run build` and scripts/test-host/install.sh)
// env:   TIMEOUT_S (default 240), EXT_PATH (extension folder, default repo root),
//        TESTS_PATH (default out/test/vscode/suite/index.js), FOLDER (default examples/),
//        VSCODE_TEST_GREP (mocha grep, passed to the extension host), KEEP_RUN=1 keeps the run folder.
// exit:  0 all passed, 1 a test failed, 2 timeout or infrastructure error.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { ROOT, startCodeServer, remoteUri, workbenchUrl, launchBrowser, writeResult } = require('./host.cjs');

const extPath = path.resolve(process.env.EXT_PATH || ROOT);
const testsPath = path.resolve(process.env.TESTS_PATH || path.join(ROOT, 'out/test/vscode/suite/index.js'));
const folder = path.resolve(process.env.FOLDER || path.join(ROOT, 'examples'));
const timeoutMs = Number(process.env.TIMEOUT_S || 240) * 1000;
const shots = path.join(ROOT, 'test-results/screenshots');

// workbench chatter that says nothing about our tests
const NOISE = new RegExp(
  [
    /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]/,
    /^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions/,
    /ENOTFOUND|open-vsx\.org/,
  ]
    .map((r) => r.source)
    .join('|'),
);

async function main() {
  for (const [what, p] of [
    ['extension', path.join(extPath, 'package.json')],
    ['suite', testsPath],
    ['folder', folder],
  ]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found: ${p} (run \`npm run build\`?)`);
  }
  const server = startCodeServer({ label: 'exttests', folder, args: ['--vscode-option', 'enable-smoke-test-driver'] });
  let browser;
  let timer;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launchBrowser();
    const { page } = browser;
    let finish;
    const done = new Promise((r) => (finish = r));
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...(args || []));
      const m = /^\[vscode-tests\] passed=(\d+) failed=(\d+)/.exec(line);
      if (m) {
        passed = Number(m[1]);
        failed = Number(m[2]);
        return;
      }
      if (process.env.VERBOSE || !NOISE.test(line)) console.log(line);
    });
    page.on('pageerror', (e) => console.error(`[workbench] ${e.message}`));
    timer = setTimeout(() => finish('timeout'), timeoutMs);
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.authority, extPath)],
      ['extensionTestsPath', remoteUri(server.authority, testsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(server.authority, folder, payload), { waitUntil: 'domcontentloaded' });
    const code = await done;
    if (code === 'timeout') {
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'exttests-timeout.png') }).catch(() => {});
      console.error(`extension tests did not finish in ${timeoutMs / 1000} s; code-server log tail:\n${server.logTail()}`);
      failed = Math.max(failed, 1);
      return 2;
    }
    // a run() that threw before mocha counted anything still fails
    if (code !== 0 && failed === 0) failed = 1;
    return code === 0 ? 0 : 1;
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close();
    server.stop();
    writeResult('exttests', passed, failed);
    console.log(`exttests: ${passed} passed, ${failed} failed`);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err && err.stack) || String(err));
    writeResult('exttests', 0, 1);
    process.exit(2);
  },
);
