/**
 * Every `volumeMount` (and `volumeDevice`) names a volume of the pod, no two mounts of a
 * container share a `mountPath`, and a `subPath` stays inside the volume: the API server
 * refuses the pod otherwise.
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, containersOf, isObj, isPlaceholder, podTemplate, str, WORKLOAD_KINDS } from '../../k8s/objects';
import { closest } from '../../text/closest';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export const volumeMountsRule: Rule = {
  id: 'k8s/volume-mounts',
  severity: 'error',
  description: 'volumeMounts naming a volume the pod does not have, the same mountPath twice, or a subPath leaving the volume.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc, ctx) {
    const t = podTemplate(doc);
    if (!t) return [];
    // a patch may mount a volume its base declares
    const partial = isPatch(doc, ctx);
    // a StatefulSet's claim templates are volumes of its pods too
    const volumes = [...asArr(t.spec.volumes), ...asArr(asObj(asObj(doc.value).spec).volumeClaimTemplates).map((c) => asObj(c).metadata)]
      .map((v) => str(asObj(v).name))
      .filter((n): n is string => n !== undefined);
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      const paths = new Set<string>();
      for (const key of ['volumeMounts', 'volumeDevices']) {
        asArr(c.container[key]).forEach((m, i) => {
          if (!isObj(m)) return;
          const here = [...c.path, key, i];
          const name = str(m.name);
          if (name !== undefined && !partial && !isPlaceholder(name) && !volumes.includes(name)) {
            const guess = closest(name, volumes);
            const span = pathSpan(doc, [...here, 'name']);
            out.push(
              at(
                span,
                `No volume named \`${name}\` in this pod${guess ? `; did you mean \`${guess}\`?` : volumes.length ? ` (its volumes: ${volumes.join(', ')}).` : ': add it under `volumes`.'}`,
                guess ? [{ title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true }] : undefined,
              ),
            );
          }
          const where = str(m.mountPath) ?? str(m.devicePath);
          if (where !== undefined && !isPlaceholder(where)) {
            if (paths.has(where))
              out.push(
                at(
                  pathSpan(doc, [...here, key === 'volumeMounts' ? 'mountPath' : 'devicePath']),
                  `\`${where}\` is mounted twice in this container: each path takes one mount.`,
                ),
              );
            paths.add(where);
          }
          const sub = str(m.subPath);
          if (sub && !isPlaceholder(sub) && (sub.startsWith('/') || sub.split('/').includes('..')))
            out.push(
              at(
                pathSpan(doc, [...here, 'subPath']),
                `subPath \`${sub}\` must be a relative path inside the volume (no leading "/" and no "..").`,
              ),
            );
        });
      }
    }
    return out;
  },
};
