#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suites as run-exttests.cjs, in desktop VS Code
// downloaded by @vscode/test-electron (needs internet on first run; cached in .vscode-test/).
// `npm run test:electron` builds first: the suites are bundled to out/test/vscode/suite/.
// Offline, the download fails and this says so (exit 2); `npm run test:vscode` runs the same
// suites offline in code-server.
// env: VSCODE_VERSION (default 'stable'), VSCODE_TEST_GREP (mocha grep).
// On Linux without a display, run it under xvfb-run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = join(root, 'out/test/vscode/suite/index.js');
if (!existsSync(join(root, 'dist/client.js')) || !existsSync(extensionTestsPath)) {
  console.error('dist/ or out/test/vscode/suite/ missing: run `npm run build` first');
  process.exit(1);
}

const version = process.env.VSCODE_VERSION || 'stable';
let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: join(root, '.vscode-test') });
} catch (err) {
  const why = err instanceof Error ? err.message : String(err);
  console.error(`electron: could not download VS Code ${version} (${why}).`);
  console.error(
    'This level needs internet once (then VS Code is cached in .vscode-test/); `npm run test:vscode` runs the same suites offline.',
  );
  process.exit(2);
}

// a fresh profile each run, so settings or extensions of earlier runs never leak in
const userData = mkdtempSync(join(tmpdir(), 'ecs-eks-vscode-user-'));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      join(root, 'examples'),
      '--disable-extensions', // only ours: other installed extensions would add their own completions and diagnostics
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${userData}`,
    ],
    extensionTestsEnv: process.env.VSCODE_TEST_GREP ? { VSCODE_TEST_GREP: process.env.VSCODE_TEST_GREP } : undefined,
  });
  console.log('electron: extension tests passed');
} catch (err) {
  console.error(`electron: extension tests failed (${err instanceof Error ? err.message : err})`);
  process.exitCode = 1;
} finally {
  rmSync(userData, { recursive: true, force: true });
}
