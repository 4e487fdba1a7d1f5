/**
 * Resource requests and limits as the API server checks them: every value a quantity that
 * parses (`512Mi`, not `512MB`), none negative, and no request above its limit.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, containersOf, isObj, isPlaceholder, podTemplate, WORKLOAD_KINDS } from '../../k8s/objects';
import { parseQuantity } from '../../k8s/validation/quantity';
import { asText } from '../../text/asText';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

export const resourceQuantitiesRule: Rule = {
  id: 'k8s/resource-quantities',
  severity: 'error',
  description: 'Resource requests and limits that parse as quantities (512Mi, not 512MB), are not negative, and requests ≤ limits.',
  appliesTo: (doc) => isK8s(doc, [...WORKLOAD_KINDS, 'PersistentVolumeClaim']),
  check(doc) {
    const out: RuleFinding[] = [];
    if (doc.kind.family === 'k8s' && doc.kind.kind === 'PersistentVolumeClaim') {
      out.push(...resources(doc, ['spec', 'resources'], asObj(asObj(asObj(doc.value).spec).resources)));
      return out;
    }
    const t = podTemplate(doc);
    if (t) for (const c of containersOf(t)) out.push(...resources(doc, [...c.path, 'resources'], asObj(c.container.resources)));
    asArr(asObj(asObj(doc.value).spec).volumeClaimTemplates).forEach((ct, i) =>
      out.push(...resources(doc, ['spec', 'volumeClaimTemplates', i, 'spec', 'resources'], asObj(asObj(asObj(ct).spec).resources))),
    );
    return out;
  },
};

function resources(doc: DocUnit, path: JsonPath, res: Record<string, unknown>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const parsed: Record<'requests' | 'limits', Record<string, number>> = { requests: {}, limits: {} };
  for (const group of ['requests', 'limits'] as const) {
    const m = res[group];
    if (!isObj(m)) continue;
    for (const [name, raw] of Object.entries(m)) {
      if (raw === null || raw === undefined || (typeof raw === 'string' && isPlaceholder(raw))) continue;
      if (typeof raw !== 'string' && typeof raw !== 'number') continue; // a type error: the schema says so
      const q = parseQuantity(raw);
      const here = [...path, group, name];
      if (q === undefined) {
        out.push(at(pathSpan(doc, here), `\`${asText(raw)}\` is not a quantity${hint(asText(raw))}.`));
        continue;
      }
      if (q < 0) {
        out.push(at(pathSpan(doc, here), `${group === 'requests' ? 'Request' : 'Limit'} \`${name}: ${asText(raw)}\` may not be negative.`));
        continue;
      }
      parsed[group][name] = q;
    }
  }
  for (const [name, req] of Object.entries(parsed.requests)) {
    const lim = parsed.limits[name];
    if (lim === undefined || req <= lim * (1 + 1e-12)) continue;
    const reqText = asText(asObj(res.requests)[name]);
    const limText = asText(asObj(res.limits)[name]);
    out.push(
      at(
        pathSpan(doc, [...path, 'requests', name]),
        `The ${name} request (${reqText}) is above its limit (${limText}): a request must be less than or equal to the limit.`,
      ),
    );
  }
  return out;
}

/** the spellings people reach for that Kubernetes does not read */
function hint(text: string): string {
  const m = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB|K|mb|gb|mi|gi)$/i.exec(text.trim());
  if (m) {
    const unit = m[2].toLowerCase();
    const binary = { k: 'k', kb: 'k', kib: 'Ki', mb: 'M', mib: 'Mi', mi: 'Mi', gb: 'G', gib: 'Gi', gi: 'Gi', tb: 'T', tib: 'Ti' }[unit];
    if (binary) return `: write \`${m[1]}${binary}\` (binary units are Ki, Mi, Gi; decimal k, M, G)`;
  }
  if (/\s/.test(text)) return ': remove the space';
  return ' (examples: 500m or 0.5 for CPU, 256Mi or 1Gi for memory)';
}
