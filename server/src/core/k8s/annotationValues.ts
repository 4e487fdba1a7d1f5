/** Looking up an annotation by key, and checking a value against its format. */
import type { AnnotationInfo } from './annotationInfo';
import { ALB_ANNOTATIONS } from './albAnnotations';
import { NLB_ANNOTATIONS } from './nlbAnnotations';

export const ALL_ANNOTATIONS = [...ALB_ANNOTATIONS, ...NLB_ANNOTATIONS];
const byKey = new Map(ALL_ANNOTATIONS.map((a) => [a.key, a]));

export function annotationInfo(key: string): AnnotationInfo | undefined {
  return byKey.get(key);
}

/** Checks a value against the key's format; returns what is wrong, in our words, or undefined. */
export function checkAnnotationValue(info: AnnotationInfo, value: string): string | undefined {
  const v = value.trim();
  switch (info.format) {
    case 'enum':
      return info.values!.includes(v) ? undefined : `must be one of ${info.values!.map((x) => `"${x}"`).join(', ')}`;
    case 'boolean':
      return /^(true|false)$/.test(v) ? undefined : 'must be "true" or "false"';
    case 'integer': {
      if (!/^-?\d+$/.test(v)) return 'must be a whole number';
      const n = Number(v);
      if ((info.min !== undefined && n < info.min) || (info.max !== undefined && n > info.max))
        return `must be between ${info.min} and ${info.max}`;
      return undefined;
    }
    case 'port':
      return v === 'traffic-port' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535)
        ? undefined
        : 'must be a port number (1-65535) or "traffic-port"';
    case 'json':
      try {
        JSON.parse(v);
        return undefined;
      } catch {
        return 'must be valid JSON';
      }
    case 'listen-ports': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch {
        return 'must be valid JSON, e.g. [{"HTTP": 80}, {"HTTPS": 443}]';
      }
      if (!Array.isArray(parsed) || !parsed.length) return 'must be a JSON array of listeners, e.g. [{"HTTP": 80}, {"HTTPS": 443}]';
      for (const item of parsed) {
        const entries = item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item) : [];
        if (
          entries.length !== 1 ||
          !['HTTP', 'HTTPS'].includes(entries[0][0]) ||
          !Number.isInteger(entries[0][1]) ||
          (entries[0][1] as number) < 1 ||
          (entries[0][1] as number) > 65535
        ) {
          return `has an invalid listener ${JSON.stringify(item)}: each item is {"HTTP": port} or {"HTTPS": port}`;
        }
      }
      return undefined;
    }
    case 'kv-list':
      return v.split(',').every((p) => /^[^=]+=.*$/.test(p.trim())) ? undefined : 'must be comma-separated key=value pairs';
    case 'arn-list':
      return v.split(',').every((p) => /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/.test(p.trim()))
        ? undefined
        : 'must be comma-separated ARNs (arn:aws:acm:REGION:ACCOUNT:certificate/ID)';
    default:
      return undefined;
  }
}
