// Shared by run-exttests.cjs and the UI drivers in ui/: starts and stops code-server through
// scripts/test-host/{start,stop}.sh, opens Debian's Chromium with playwright-core, polls with a
// deadline. Acting on the workbench (quick input, editor focus, cursor) is in ui/workbench.cjs.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');
const VSHOST = path.resolve(process.env.VSHOST || path.join(ROOT, '.vscode-test/host'));
const SCRIPTS = path.join(ROOT, 'scripts/test-host');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const EXTENSION_ID = 'ecs-eks-architect.ecs-eks-architect';

function assertInstalled() {
  const entry = path.join(VSHOST, 'cs/node_modules/code-server/out/node/entry.js');
  const pw = path.join(VSHOST, 'deps/node_modules/playwright-core');
  if (!fs.existsSync(entry) || !fs.existsSync(pw) || !fs.existsSync(CHROMIUM)) {
    throw new Error('test host missing: run `bash scripts/test-host/install.sh` first');
  }
}

/** a fresh run folder under .vscode-test/runs (gitignored); removed by stop() unless KEEP_RUN is set */
function makeRunDir(label) {
  const base = path.join(ROOT, '.vscode-test/runs');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `${label}-`));
}

/**
 * Starts code-server on `folder`. Returns { runDir, port, url(folderPath, payload?), stop() }.
 * `settings` (an object) is merged over scripts/test-host/settings.json; `port` pins the port;
 * `extension` (a folder) is installed unpacked first, as a symlink (scripts/test-host/link-extension.sh).
 */
function startCodeServer({ label, folder, args = [], port, settings, runDir, extension }) {
  assertInstalled();
  const run = runDir || makeRunDir(label);
  if (extension) {
    const l = spawnSync('bash', [path.join(SCRIPTS, 'link-extension.sh'), run, extension], { encoding: 'utf8' });
    if (l.status !== 0) throw new Error(`could not install ${extension}:\n${l.stdout}${l.stderr}`);
  }
  if (settings) {
    fs.mkdirSync(path.join(run, 'ud/User'), { recursive: true });
    const defaults = JSON.parse(fs.readFileSync(path.join(SCRIPTS, 'settings.json'), 'utf8'));
    fs.writeFileSync(path.join(run, 'ud/User/settings.json'), JSON.stringify({ ...defaults, ...settings }, null, 2));
  }
  const env = { ...process.env, ...(port ? { CS_PORT: String(port) } : {}) };
  const r = spawnSync('bash', [path.join(SCRIPTS, 'start.sh'), run, folder, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server did not start:\n${r.stdout}${r.stderr}`);
  const actualPort = Number(fs.readFileSync(path.join(run, 'cs.port'), 'utf8'));
  let stopped = false;
  const handle = {
    runDir: run,
    port: actualPort,
    authority: `127.0.0.1:${actualPort}`,
    logTail(lines = 40) {
      try {
        return fs.readFileSync(path.join(run, 'cs.log'), 'utf8').split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      spawnSync('bash', [path.join(SCRIPTS, 'stop.sh'), run], { stdio: 'inherit' });
      if (!process.env.KEEP_RUN) fs.rmSync(run, { recursive: true, force: true });
    },
  };
  // never leave a server behind: not on Ctrl+C, a kill, a crash, or a closed pipe (`| head`)
  process.once('exit', () => handle.stop());
  watchSignals();
  return handle;
}

let signalsWatched = false;
function watchSignals() {
  if (signalsWatched) return;
  signalsWatched = true;
  // `on`, not `once`: a second signal (`timeout` forwards one too) must not kill the process mid-cleanup
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(130));
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(1);
  });
}

/** `vscode-remote://` form of a local path, as the workbench's payload expects */
const remoteUri = (authority, p) => `vscode-remote://${authority}${path.resolve(p)}`;

/** workbench URL for `folder`; `payload` is a list of [key, value] pairs (needs enable-smoke-test-driver) */
function workbenchUrl(authority, folder, payload) {
  let url = `http://${authority}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** headless Chromium in a throw-away profile; close() removes the profile */
async function launchBrowser({ width = 1400, height = 900 } = {}) {
  assertInstalled();
  const { chromium } = require(path.join(VSHOST, 'deps/node_modules/playwright-core'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-eks-chromium-'));
  // Playwright refuses --user-data-dir in args; a persistent context gives a fresh profile instead
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  return {
    ctx,
    page,
    async close() {
      await ctx.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** poll `probe` until truthy, at most `ms` */
async function waitFor(probe, what, ms = 30000, step = 200) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, step));
  }
}

/** "2 passed, 1 failed" results are written here for scripts/test-vscode.sh */
function writeResult(name, passed, failed) {
  const dir = path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `vscode-${name}.json`), JSON.stringify({ passed, failed }) + '\n');
}

module.exports = {
  ROOT,
  VSHOST,
  EXTENSION_ID,
  assertInstalled,
  startCodeServer,
  remoteUri,
  workbenchUrl,
  launchBrowser,
  waitFor,
  writeResult,
};
