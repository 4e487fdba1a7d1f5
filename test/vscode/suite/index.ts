/**
 * Entry point VS Code loads as `extensionTestsPath` (code-server here, desktop VS Code through
 * @vscode/test-electron): runs every `*.test.js` beside this file with mocha's tdd UI and rejects
 * when a test fails, which makes the host exit non-zero.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { removeTemp } from './helpers';

// mocha is loaded from the repo's node_modules at run time rather than bundled: it loads its
// reporters and UIs with dynamic requires that a bundle would break.
const load = createRequire(__filename);

export function run(): Promise<void> {
  const Mocha = load('mocha') as typeof import('mocha');
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    // one test may wait for the language server's first answer; deadlines inside the tests are shorter
    timeout: 60_000,
    grep: process.env.VSCODE_TEST_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // one machine-readable line the runners count (the spec reporter prints the details)
        console.log(`[vscode-tests] passed=${runner.stats?.passes ?? 0} failed=${failures}`);
        removeTemp();
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
