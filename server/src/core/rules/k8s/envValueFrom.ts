/**
 * Environment variables as the API server checks them: `valueFrom` names exactly one source
 * (configMapKeyRef, secretKeyRef, fieldRef, resourceFieldRef, fileKeyRef) and is not combined
 * with a non-empty `value`; each `envFrom` entry names a ConfigMap or a Secret.
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, containersOf, isObj, podTemplate, str, WORKLOAD_KINDS } from '../../k8s/objects';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

const SOURCES = ['configMapKeyRef', 'secretKeyRef', 'fieldRef', 'resourceFieldRef', 'fileKeyRef'];

export const envValueFromRule: Rule = {
  id: 'k8s/env-value-from',
  severity: 'error',
  description: 'env[].valueFrom with exactly one source and no value beside it; envFrom entries with a ConfigMap or Secret.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc) {
    const t = podTemplate(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      asArr(c.container.env).forEach((e, i) => {
        if (!isObj(e) || !isObj(e.valueFrom)) return;
        const here = [...c.path, 'env', i];
        const name = str(e.name) ?? '?';
        const set = SOURCES.filter((s) => isObj(asObj(e.valueFrom)[s]));
        if (set.length > 1)
          out.push(
            at(
              pathSpan(doc, [...here, 'valueFrom', set[1]], true),
              `\`${name}\` takes its value from one source; this valueFrom has ${set.map((s) => `\`${s}\``).join(' and ')}. Keep one.`,
            ),
          );
        else if (!set.length)
          out.push(
            at(
              pathSpan(doc, [...here, 'valueFrom'], true),
              `\`${name}\` has an empty valueFrom: add one of ${SOURCES.slice(0, 4)
                .map((s) => `\`${s}\``)
                .join(', ')}.`,
            ),
          );
        if (typeof e.value === 'string' && e.value !== '')
          out.push(at(pathSpan(doc, [...here, 'value'], true), `\`${name}\` has both \`value\` and \`valueFrom\`: keep one.`));
      });
      asArr(c.container.envFrom).forEach((e, i) => {
        if (!isObj(e)) return;
        const has = ['configMapRef', 'secretRef'].filter((k) => isObj(e[k]));
        if (has.length !== 1)
          out.push(
            at(
              pathSpan(doc, [...c.path, 'envFrom', i], true),
              has.length
                ? 'An envFrom entry takes either `configMapRef` or `secretRef`, not both: split it in two.'
                : 'This envFrom entry needs a `configMapRef` or a `secretRef`.',
            ),
          );
      });
    }
    return out;
  },
};
