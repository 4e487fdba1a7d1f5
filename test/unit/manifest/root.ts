/** The repository folder (found from the test bundle's location, wherever TEST_OUT put it) and its manifest. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'ecs-eks-architect') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no ecs-eks-architect package.json above ${__dirname}`);
    dir = up;
  }
}

export const ROOT = findRoot();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const manifest: any = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
