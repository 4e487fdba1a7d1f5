/** `.ecs-eks-architect.json` in the repo: the same rule settings the editor takes. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSettings } from '../core/settings';
import type { RuleSettings } from '../core/types';
import { UsageError } from './args';

export const CONFIG_NAME = '.ecs-eks-architect.json';

/** The explicit --config file, else the nearest config file above the first path. */
export function loadConfig(explicit: string | undefined, firstPath: string): RuleSettings | undefined {
  let file = explicit ? resolve(explicit) : undefined;
  if (!file) {
    let dir = resolve(firstPath);
    for (let i = 0; i < 30; i++) {
      const candidate = join(dir, CONFIG_NAME);
      if (existsSync(candidate)) {
        file = candidate;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  if (!file) return undefined;
  try {
    return parseSettings(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
