/** Settings as the editor and `.ecs-eks-architect.json` give them, checked and filled with defaults. */
import { defaultSettings, type RuleSettings, type Severity } from './types';
import { parseMinor } from './k8s/versions/minor';

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function parseSettings(raw: unknown): RuleSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, Severity | 'off'> = {};
  const r = s.rules;
  if (r && typeof r === 'object') {
    for (const [id, v] of Object.entries(r as Record<string, unknown>)) {
      if (typeof v === 'string' && LEVELS.has(v)) rules[id] = v as Severity | 'off';
      else if (v === false) rules[id] = 'off';
    }
  }
  const k8s = (s.kubernetes && typeof s.kubernetes === 'object' ? s.kubernetes : {}) as Record<string, unknown>;
  const maxKb = typeof s.maxFileSizeKB === 'number' && s.maxFileSizeKB > 0 ? s.maxFileSizeKB : defaultSettings.maxFileSize / 1024;
  return {
    rules,
    kubernetesStrict: typeof k8s.strict === 'boolean' ? k8s.strict : defaultSettings.kubernetesStrict,
    maxFileSize: Math.floor(maxKb * 1024),
    ...(parseMinor(k8s.version) ? { kubernetesVersion: parseMinor(k8s.version) } : {}),
  };
}
