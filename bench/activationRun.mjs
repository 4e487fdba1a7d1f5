/**
 * Extension activation, as far as it can be measured here: loading dist/client.js under Node
 * (activation.cjs), and activate() itself, timed by the extension in a real VS Code (code-server)
 * when the test host is installed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** `inVsCode` false skips the code-server run (--no-vscode) */
export function measureActivation({ root, bench, inVsCode, log }) {
  let activation;
  const client = join(root, 'dist', 'client.js');
  if (existsSync(client)) {
    const r = spawnSync(process.execPath, [join(bench, 'activation.cjs'), client], { encoding: 'utf8', timeout: 60_000 });
    try {
      activation = JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      activation = { error: (r.stderr || '').split('\n')[0] };
    }
  } else activation = { error: 'dist/client.js not built' };
  if (existsSync(join(root, '.vscode-test', 'host')) && inVsCode) {
    const out = join(root, 'test-results', 'vscode-activation.json');
    rmSync(out, { force: true });
    log('activation: running the extension in code-server (about 30 s)…');
    spawnSync(process.execPath, [join(root, 'test', 'vscode', 'run-exttests.cjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, VSCODE_TEST_GREP: 'activation' },
    });
    try {
      activation.activateMs = JSON.parse(readFileSync(out, 'utf8')).activationMs;
    } catch {
      activation.activateError = 'the activation test did not report';
    }
  }
  return activation;
}
