/**
 * Probes as the API server checks them: exactly one handler (exec, httpGet, tcpSocket, grpc),
 * no negative timings or thresholds, `successThreshold` 1 for liveness and startup probes
 * (a restart decision cannot wait for several successes), and no `terminationGracePeriodSeconds`
 * on readiness probes.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { containersOf, isObj, podTemplate, WORKLOAD_KINDS } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const NUMBERS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

export const probeValuesRule: Rule = {
  id: 'k8s/probe-values',
  severity: 'error',
  description: 'Probes with exactly one handler, no negative timings, successThreshold 1 for liveness and startup probes.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc, ctx) {
    const t = podTemplate(doc);
    if (!t) return [];
    const partial = isPatch(doc, ctx);
    const out: RuleFinding[] = [];
    for (const c of containersOf(t))
      for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        const probe = c.container[kind];
        if (isObj(probe)) out.push(...checkProbe(doc, [...c.path, kind], kind, probe, partial));
      }
    return out;
  },
};

function checkProbe(doc: DocUnit, path: JsonPath, kind: string, probe: Record<string, unknown>, partial: boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  const handlers = HANDLERS.filter((h) => probe[h] !== undefined && probe[h] !== null);
  if (handlers.length > 1)
    out.push(
      at(
        pathSpan(doc, [...path, handlers[1]], true),
        `A probe takes one handler; this ${kind} has ${handlers.map((h) => `\`${h}\``).join(' and ')}. Keep one.`,
      ),
    );
  else if (!handlers.length && !partial)
    out.push(at(pathSpan(doc, path, true), `This ${kind} has no handler: add one of \`httpGet\`, \`tcpSocket\`, \`exec\` or \`grpc\`.`));
  for (const key of NUMBERS) {
    const n = probe[key];
    if (typeof n === 'number' && n < 0)
      out.push(at(pathSpan(doc, [...path, key]), `\`${key}\` may not be negative (0 means the default).`));
  }
  const st = probe.successThreshold;
  if (kind !== 'readinessProbe' && typeof st === 'number' && st > 1)
    out.push(
      at(
        pathSpan(doc, [...path, 'successThreshold']),
        `\`successThreshold\` must be 1 for a ${kind}: one success is enough to count the container as alive${kind === 'startupProbe' ? ' (started)' : ''}. Use it on the readinessProbe instead.`,
        [{ title: 'Change to 1', edits: [{ ...pathSpan(doc, [...path, 'successThreshold']), newText: '1' }], preferred: true }],
      ),
    );
  const grace = probe.terminationGracePeriodSeconds;
  if (kind === 'readinessProbe' && grace !== undefined && grace !== null)
    out.push(
      at(
        pathSpan(doc, [...path, 'terminationGracePeriodSeconds'], true),
        '`terminationGracePeriodSeconds` may not be set on a readinessProbe (a failed readiness check does not stop the container).',
      ),
    );
  else if (typeof grace === 'number' && grace < 1)
    out.push(
      at(pathSpan(doc, [...path, 'terminationGracePeriodSeconds']), '`terminationGracePeriodSeconds` of a probe must be at least 1.'),
    );
  return out;
}
