/** Reads every JSON/YAML file under the given paths into one LanguageService, so cross-file rules work. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LanguageService } from '../core/service';
import { walkFiles, readText } from '../files/walk';
import { nodeRuntime, utcToday } from '../node/runtime';
import type { RuleSettings } from '../core/types';

export interface Loaded {
  service: LanguageService;
  files: { path: string; uri: string }[];
}

export function loadPaths(paths: string[], settings?: Partial<RuleSettings>, onRuleError?: (id: string, e: unknown) => void): Loaded {
  const service = new LanguageService({ runtime: { ...nodeRuntime(), today: utcToday }, settings, onRuleError });
  const files: Loaded['files'] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    for (const path of walkFiles(resolve(p))) {
      if (seen.has(path)) continue;
      seen.add(path);
      const text = readText(path);
      if (text === undefined) continue; // binary or unreadable
      const uri = pathToFileURL(path).toString();
      if (service.update(uri, text, undefined, 0)) files.push({ path, uri });
    }
  }
  return { service, files };
}
