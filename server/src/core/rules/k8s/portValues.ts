/**
 * Container and probe ports as the API server checks them: `containerPort` 1–65535, `hostPort`
 * 0–65535, port names that are IANA service names (at most 15 characters, lowercase letters,
 * digits and "-", at least one letter), and probe ports that are a valid number or name.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, containersOf, isObj, isPlaceholder, podTemplate, WORKLOAD_KINDS } from '../../k8s/objects';
import { isPortNumber, portNameProblem } from '../../k8s/validation/names';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];

export const portValuesRule: Rule = {
  id: 'k8s/port-values',
  severity: 'error',
  description:
    'Container ports 1–65535, hostPort 0–65535, port names that are IANA service names (≤ 15 characters), probe ports that exist in form.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc) {
    const t = podTemplate(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      // paths are made only for a finding: most ports and probes have none
      asArr(c.container.ports).forEach((p, i) => {
        if (!isObj(p)) return;
        if (typeof p.containerPort === 'number' && !isPortNumber(p.containerPort))
          out.push(
            at(pathSpan(doc, [...c.path, 'ports', i, 'containerPort']), `containerPort ${p.containerPort} is not a port: use 1–65535.`),
          );
        if (typeof p.hostPort === 'number' && p.hostPort !== 0 && !isPortNumber(p.hostPort))
          out.push(
            at(pathSpan(doc, [...c.path, 'ports', i, 'hostPort']), `hostPort ${p.hostPort} is not a port: use 1–65535 (or leave it out).`),
          );
        if (typeof p.name === 'string' && !isPlaceholder(p.name)) {
          const problem = portNameProblem(p.name);
          if (problem) out.push(at(pathSpan(doc, [...c.path, 'ports', i, 'name']), `Port name \`${p.name}\` ${problem}.`));
        }
      });
      for (const probe of PROBES) {
        const handlers = c.container[probe];
        if (handlers !== undefined) probePort(doc, c.path, probe, asObj(handlers), out);
      }
    }
    return out;
  },
};

function probePort(doc: DocUnit, container: JsonPath, name: string, probe: Record<string, unknown>, out: RuleFinding[]): void {
  for (const handler of HANDLERS) {
    const port = asObj(probe[handler]).port;
    if (port === undefined) continue;
    const here = [...container, name, handler, 'port'];
    if (typeof port === 'number' && !isPortNumber(port))
      out.push(at(pathSpan(doc, here), `Probe port ${port} is not a port: use 1–65535 or a named container port.`));
    else if (handler !== 'grpc' && typeof port === 'string' && !isPlaceholder(port)) {
      // a quoted number is read as a port name, which needs a letter
      const problem = /^\d+$/.test(port)
        ? 'is quoted, so it is read as a port name: write the number without quotes'
        : portNameProblem(port);
      if (problem) out.push(at(pathSpan(doc, here), `Probe port \`${port}\` ${problem}.`));
    }
  }
}
