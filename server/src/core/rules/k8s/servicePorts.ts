/**
 * Service ports as the API server checks them: `port` 1–65535, `targetPort` a port number or an
 * IANA port name, `nodePort` 1–65535 and only for NodePort/LoadBalancer Services, a `name` on
 * every port when there are several (DNS labels, unique), and no port/protocol pair twice.
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, isObj, isPlaceholder, str } from '../../k8s/objects';
import { dnsLabelProblem, isPortNumber, portNameProblem } from '../../k8s/validation/names';
import { asText } from '../../text/asText';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export const servicePortsRule: Rule = {
  id: 'k8s/service-ports',
  severity: 'error',
  description: 'Service ports 1–65535, targetPort numbers or names, nodePort only where allowed, named and unique ports.',
  appliesTo: (doc) => isK8s(doc, ['Service']),
  check(doc, ctx) {
    const spec = asObj(asObj(doc.value).spec);
    const ports = asArr(spec.ports);
    const type = str(spec.type) ?? 'ClusterIP';
    const out: RuleFinding[] = [];
    const names = new Set<string>();
    const pairs = new Set<string>();
    const partial = isPatch(doc, ctx);
    ports.forEach((p, i) => {
      if (!isObj(p)) return;
      const here = ['spec', 'ports', i];
      if (typeof p.port === 'number' && !isPortNumber(p.port))
        out.push(at(pathSpan(doc, [...here, 'port']), `Service port ${p.port} is not a port: use 1–65535.`));
      const target = p.targetPort;
      if (typeof target === 'number' && !isPortNumber(target))
        out.push(at(pathSpan(doc, [...here, 'targetPort']), `targetPort ${target} is not a port: use 1–65535 or a container port's name.`));
      else if (typeof target === 'string' && !isPlaceholder(target)) {
        const problem = /^\d+$/.test(target)
          ? 'is quoted, so it is read as a port name: write the number without quotes'
          : portNameProblem(target);
        if (problem) out.push(at(pathSpan(doc, [...here, 'targetPort']), `targetPort \`${target}\` ${problem}.`));
      }
      if (typeof p.nodePort === 'number' && p.nodePort !== 0) {
        if (!isPortNumber(p.nodePort))
          out.push(
            at(
              pathSpan(doc, [...here, 'nodePort']),
              `nodePort ${p.nodePort} is not a port: use one of the cluster's node port range (30000–32767 by default).`,
            ),
          );
        else if (type === 'ClusterIP' || type === 'ExternalName')
          out.push(
            at(
              pathSpan(doc, [...here, 'nodePort']),
              `\`nodePort\` may not be set on a ${type} Service: use \`type: NodePort\` or \`LoadBalancer\`, or remove it.`,
            ),
          );
      }
      const name = str(p.name);
      if (name !== undefined && !isPlaceholder(name)) {
        const problem = dnsLabelProblem(name);
        if (problem) out.push(at(pathSpan(doc, [...here, 'name']), `Service port name \`${name}\` ${problem}.`));
        else if (names.has(name))
          out.push(at(pathSpan(doc, [...here, 'name']), `Port name \`${name}\` is used twice in this Service: names must be unique.`));
        names.add(name);
      } else if (name === undefined && ports.length > 1 && !partial)
        out.push(at(pathSpan(doc, [...here, 'port'], true), 'A Service with more than one port needs a `name` on each port.'));
      if (typeof p.port === 'number') {
        const pair = `${p.port}/${p.protocol === undefined ? 'TCP' : asText(p.protocol)}`;
        if (pairs.has(pair)) out.push(at(pathSpan(doc, [...here, 'port']), `Port ${pair} is listed twice in this Service.`));
        pairs.add(pair);
      }
    });
    return out;
  },
};
