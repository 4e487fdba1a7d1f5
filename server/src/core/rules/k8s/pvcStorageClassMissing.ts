/** A claim naming a StorageClass that does not exist stays Pending forever. */
import type { Rule, RuleFinding } from '../rule';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, isPlaceholder, nameOf, objectsOfKind, str } from '../../k8s/objects';
import { storageClass } from '../../k8s/storage';
import { isK8s, isPatch } from './guard';
import { nearName } from '../../text/nearName';
import { at, pathSpan } from '../place';

/** Classes EKS (or Auto Mode) clusters commonly have without a manifest in the repository. */
const PREINSTALLED = new Set(['gp2', 'gp3', 'auto-ebs-sc', 'standard', 'default']);

export const pvcStorageClassMissingRule: Rule = {
  id: 'k8s/pvc-storageclass-missing',
  severity: 'hint',
  description:
    'PersistentVolumeClaims (and StatefulSet claim templates) naming a StorageClass not in the workspace (warning with a fix when it looks like a typo of one that is).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['PersistentVolumeClaim', 'StatefulSet']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const specs: { spec: unknown; path: JsonPath }[] = [];
    const v = asObj(doc.value);
    if (doc.kind.family === 'k8s' && doc.kind.kind === 'PersistentVolumeClaim') specs.push({ spec: v.spec, path: ['spec'] });
    else
      asArr(asObj(v.spec).volumeClaimTemplates).forEach((t, i) =>
        specs.push({ spec: asObj(t).spec, path: ['spec', 'volumeClaimTemplates', i, 'spec'] }),
      );
    const classes = objectsOfKind(ctx.workspace, 'StorageClass');
    const out: RuleFinding[] = [];
    for (const { spec, path } of specs) {
      const name = str(asObj(spec).storageClassName);
      if (!name || isPlaceholder(name) || storageClass(ctx.workspace, name)) continue;
      if (PREINSTALLED.has(name) && !classes.length) continue;
      const known = [...new Set(classes.map((e) => nameOf(e.doc.value)).filter((n): n is string => !!n))];
      // a near miss of a class defined here is likely a typo: worth a warning and a fix
      const guess = nearName(name, known);
      const span = pathSpan(doc, [...path, 'storageClassName']);
      out.push(
        guess
          ? at(
              span,
              `StorageClass \`${name}\` is not defined; did you mean \`${guess}\`? A claim for a missing class stays Pending.`,
              [{ title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true }],
              'warning',
            )
          : at(span, `StorageClass \`${name}\` is not in the workspace; make sure the cluster has it, or the claim stays Pending.`),
      );
    }
    return out;
  },
};
