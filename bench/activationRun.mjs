/**
 * Extension activation, as far as it can be measured here: loading dist/client.js under Node
 * (activation.cjs; the p50 of the loads after the first, which compiles the bundle and saves V8's code
 * cache), and, when the test host is installed, the same load and activate() timed by the extension
 * itself in a real VS Code (code-server): VS Code counts both as activation, and its extension host
 * has already loaded the Node modules that plain Node loads on the client's behalf.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** loads of dist/client.js: the first compiles and saves the code cache, the later ones use it */
const LOADS = 7;

/** `inVsCode` false skips the code-server run (--no-vscode) */
export function measureActivation({ root, bench, inVsCode, log }) {
  let activation;
  const client = join(root, 'dist', 'client.js');
  if (existsSync(client)) {
    // a fresh cache folder: the first load is what the first activation after an install costs
    const cacheDir = mkdtempSync(join(tmpdir(), 'ecs-eks-activation-'));
    const loads = [];
    let error;
    for (let i = 0; i < LOADS && !error; i++) {
      const r = spawnSync(process.execPath, [join(bench, 'activation.cjs'), client], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ECS_EKS_ARCHITECT_CODE_CACHE: cacheDir },
      });
      try {
        loads.push(JSON.parse(r.stdout.trim().split('\n').pop()).loadMs);
      } catch {
        error = (r.stderr || '').split('\n')[0] || 'no output';
      }
    }
    rmSync(cacheDir, { recursive: true, force: true });
    const later = loads.slice(1).sort((a, b) => a - b);
    activation = error ? { error } : { firstLoadMs: loads[0], loadMs: later[later.length >> 1] };
  } else activation = { error: 'dist/client.js not built' };
  if (existsSync(join(root, '.vscode-test', 'host')) && inVsCode) {
    // the first activation after a build compiles the bundle and saves the code cache; a second
    // run then shows what every later activation costs
    for (let run = 0; run < 2; run++) {
      const r = activateInVsCode(root, log);
      if (r.error) {
        activation.activateError = r.error;
        break;
      }
      activation.activateMs = r.activationMs;
      activation.hostLoadMs = r.loadMs;
      activation.hostLoadCached = r.loadCached;
      // VS Code's own marks: comparable with builds that did not time themselves (29 Nov)
      activation.vscodeCodeLoadingMs = r.hostCodeLoadingMs;
      activation.vscodeActivateCallMs = r.hostActivateCallMs;
      if (r.loadCached || r.loadMs === undefined) break;
    }
  }
  return activation;
}

/** one code-server run of the activation test: activate() and the bundle's load, timed in the extension host */
function activateInVsCode(root, log) {
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
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { error: 'the activation test did not report' };
  }
}
