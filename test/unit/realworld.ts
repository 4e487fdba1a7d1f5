/**
 * Where the shared real-world documents are (public files, never copied into the repository):
 * REALWORLD_DIR when set, else the first `shared/realworld` in a folder above the repository root
 * (`../shared/realworld` beside a checkout, `../../shared/realworld` for a worktree one level deeper).
 * Tests that need them skip with a reason, which the spec reporter prints and `npm test` counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../../server/src/node/packageRoot';

export type RealworldSet = 'ecs' | 'k8s' | 'eksctl' | 'cfn';

function findRoot(): string | undefined {
  if (process.env.REALWORLD_DIR) return resolve(process.env.REALWORLD_DIR);
  for (let dir = dirname(packageRoot()); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'realworld');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const ROOT = findRoot();

/** the folder of one set (`ecs`, `k8s`, …) */
export function realworldDir(set: RealworldSet): string {
  return join(ROOT ?? join(dirname(packageRoot()), 'shared', 'realworld'), set);
}

/** node:test's `skip` option: false when every set is there, else why the test cannot run */
export function unlessRealworld(...sets: RealworldSet[]): string | false {
  const missing = sets.filter((s) => !existsSync(realworldDir(s)));
  if (!missing.length) return false;
  const where = ROOT ?? `any shared/realworld above ${packageRoot()}`;
  return `real-world documents missing: ${missing.join(', ')} in ${where} (set REALWORLD_DIR to the folder)`;
}

/**
 * Loads the YAML files of some sets into a service, each under a uri rebuilt from its repository
 * path (the file names keep it, `owner__repo__dir__file.yaml`), so kustomization lookups work.
 */
export function loadRealworldYaml(ls: { update(uri: string, text: string): unknown }, ...sets: RealworldSet[]): string[] {
  const uris: string[] = [];
  for (const set of sets) {
    const dir = realworldDir(set);
    for (const f of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(f)) continue;
      const uri = `file:///rw/${f.replace(/__/g, '/')}`;
      ls.update(uri, readFileSync(join(dir, f), 'utf8'));
      uris.push(uri);
    }
  }
  return uris;
}
