/**
 * Names the API server wants unique within a pod: containers (init, regular and ephemeral share
 * one set), volumes, and the port names of each container.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, containersOf, isPlaceholder, podTemplate, str, WORKLOAD_KINDS } from '../../k8s/objects';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

export const uniqueNamesRule: Rule = {
  id: 'k8s/unique-names',
  severity: 'error',
  description: 'Container, init container and volume names unique in the pod; port names unique in each container.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc) {
    const t = podTemplate(doc);
    if (!t) return [];
    const containers = containersOf(t);
    const out = duplicates(
      doc,
      containers.map((c) => ({ name: str(c.container.name), path: [...c.path, 'name'] })),
      (n) => `Container name \`${n}\` is used twice in this pod (init and regular containers share names): make it unique.`,
    );
    out.push(
      ...duplicates(
        doc,
        asArr(t.spec.volumes).map((v, i) => ({ name: str(asObj(v).name), path: [...t.specPath, 'volumes', i, 'name'] })),
        (n) => `Volume name \`${n}\` is used twice in this pod: make it unique.`,
      ),
    );
    for (const c of containers)
      out.push(
        ...duplicates(
          doc,
          asArr(c.container.ports).map((p, i) => ({ name: str(asObj(p).name), path: [...c.path, 'ports', i, 'name'] })),
          (n) => `Port name \`${n}\` is used twice in container \`${str(c.container.name) ?? '?'}\`: make it unique.`,
        ),
      );
    return out;
  },
};

/** every repeat after the first use of a name */
function duplicates(doc: DocUnit, items: { name: string | undefined; path: JsonPath }[], message: (name: string) => string): RuleFinding[] {
  const seen = new Set<string>();
  const out: RuleFinding[] = [];
  for (const { name, path } of items) {
    if (name === undefined || isPlaceholder(name)) continue;
    if (seen.has(name)) out.push(at(pathSpan(doc, path), message(name)));
    seen.add(name);
  }
  return out;
}
