#!/usr/bin/env node
/**
 * The navigation scenario (navigation.mjs) in a client process of its own. Its figures are times
 * the client takes: in the bench's own process, after every other scenario, that process's garbage
 * collection and left-over work landed in the tails (the real file's outline, "answer in" p95 16.8
 * ms in the full bench against 3.5 ms alone, the same server and build). `npm run bench` runs it
 * through `navigationInOwnProcess`; `bench/navReal.mjs` is a process of its own already.
 *
 * The options travel as JSON: the server's settings as a table of sections (ours: `ecsEksArchitect`)
 * instead of a function; the child's progress lines come back through `log`, its result on stdout.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { navigationScenario } from './navigation.mjs';

const SELF = fileURLToPath(import.meta.url);
/** what our server is told on workspace/configuration in every scenario: the defaults */
export const OUR_SECTIONS = { ecsEksArchitect: {} };

/** navigationScenario's result, measured by a fresh Node process; `sections` answers workspace/configuration */
export function navigationInOwnProcess({ node, args, sections, folder, bigFile, label, iterations, log }) {
  const options = JSON.stringify({ node, args, sections, folder, bigFile, label, iterations });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SELF, options], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      const lines = err.split('\n');
      err = lines.pop();
      for (const l of lines) log(l);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (err) log(err);
      if (code !== 0) return reject(new Error(`the navigation client exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch (e) {
        reject(new Error(`the navigation client's answer is not JSON: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
  });
}

if (process.argv[1] === SELF) {
  const { sections, ...opts } = JSON.parse(process.argv[2]);
  const r = await navigationScenario({
    ...opts,
    settings: (s) => (Object.hasOwn(sections, s) ? sections[s] : null),
    log: (m) => process.stderr.write(m + '\n'),
  });
  process.stdout.write(JSON.stringify(r), () => process.exit(0));
}
