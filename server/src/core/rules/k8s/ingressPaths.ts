/**
 * Ingress rules as the API server checks them (networking.k8s.io/v1): every path has a
 * `pathType`, paths are absolute, `Exact`/`Prefix` paths hold no `//`, `/./`, `/../` or encoded
 * slashes, a backend names a Service or a resource (not both), a Service port has a name or a
 * number (not both), and hosts are DNS names (a leading `*.` allowed), not IP addresses.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, isObj, isPlaceholder, str } from '../../k8s/objects';
import { dnsSubdomainProblem } from '../../k8s/validation/names';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];

export const ingressPathsRule: Rule = {
  id: 'k8s/ingress-paths',
  severity: 'error',
  description: 'Ingress paths with a pathType, absolute and clean for Exact/Prefix; one backend each; hosts that are DNS names.',
  appliesTo: (doc) => isK8s(doc, ['Ingress']) && doc.kind.apiVersion === 'networking.k8s.io/v1',
  check(doc, ctx) {
    const spec = asObj(asObj(doc.value).spec);
    const partial = isPatch(doc, ctx);
    const out: RuleFinding[] = [];
    if (isObj(spec.defaultBackend)) out.push(...backend(doc, ['spec', 'defaultBackend'], spec.defaultBackend));
    asArr(spec.rules).forEach((r, i) => {
      if (!isObj(r)) return;
      const host = str(r.host);
      if (host && !isPlaceholder(host)) {
        const problem = hostProblem(host);
        if (problem) out.push(at(pathSpan(doc, ['spec', 'rules', i, 'host']), `Host \`${host}\` ${problem}.`));
      }
      asArr(asObj(r.http).paths).forEach((p, j) => {
        if (!isObj(p)) return;
        const here: JsonPath = ['spec', 'rules', i, 'http', 'paths', j];
        const type = str(p.pathType);
        const path = str(p.path);
        if (p.pathType === undefined && !partial)
          out.push(
            at(
              pathSpan(doc, [...here, path === undefined ? 'backend' : 'path'], true),
              'Each Ingress path needs a `pathType` in networking.k8s.io/v1: `Prefix`, `Exact` or `ImplementationSpecific`.',
              pathTypeFix(doc, ctx.file.text, [...here, path === undefined ? 'backend' : 'path']),
            ),
          );
        if (type !== undefined && !isPlaceholder(type) && !PATH_TYPES.includes(type)) {
          const span = pathSpan(doc, [...here, 'pathType']);
          const guess = PATH_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
          out.push(
            at(
              span,
              `pathType \`${type}\` does not exist: use \`Prefix\`, \`Exact\` or \`ImplementationSpecific\`.`,
              guess ? [{ title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true }] : undefined,
            ),
          );
        }
        if (path !== undefined && !isPlaceholder(path)) {
          const problem = pathProblem(path, type);
          if (problem) out.push(at(pathSpan(doc, [...here, 'path']), `Path \`${path}\` ${problem}.`));
        } else if (path === undefined && (type === 'Exact' || type === 'Prefix') && !partial)
          out.push(at(pathSpan(doc, [...here, 'pathType']), `A \`${type}\` path needs a \`path\` starting with "/".`));
        if (isObj(p.backend)) out.push(...backend(doc, [...here, 'backend'], p.backend));
      });
    });
    return out;
  },
};

function pathProblem(path: string, type: string | undefined): string | undefined {
  if (!path) return type === 'Exact' || type === 'Prefix' ? 'is empty: an Exact or Prefix path starts with "/"' : undefined;
  if (!path.startsWith('/')) return 'must be absolute: start it with "/"';
  if (type !== 'Exact' && type !== 'Prefix') return undefined;
  for (const bad of ['//', '/./', '/../', '%2f', '%2F']) if (path.includes(bad)) return `may not contain "${bad}" with pathType ${type}`;
  for (const bad of ['/..', '/.']) if (path.endsWith(bad)) return `may not end with "${bad}" with pathType ${type}`;
  return undefined;
}

function hostProblem(host: string): string | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':'))
    return 'is an IP address: Ingress hosts must be DNS names (leave `host` out to match any)';
  const name = host.startsWith('*.') ? host.slice(2) : host;
  const p = dnsSubdomainProblem(name);
  return p
    ? `${p}${host.includes('*') && !host.startsWith('*.') ? ' (a wildcard is only allowed as the whole first label, "*.")' : ''}`
    : undefined;
}

function backend(doc: DocUnit, path: JsonPath, b: Record<string, unknown>): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (isObj(b.service) && isObj(b.resource))
    out.push(at(pathSpan(doc, [...path, 'resource'], true), 'A backend takes `service` or `resource`, not both.'));
  const port = asObj(asObj(b.service).port);
  if (port.name !== undefined && port.number !== undefined)
    out.push(at(pathSpan(doc, [...path, 'service', 'port', 'name'], true), 'A backend port takes `name` or `number`, not both.'));
  return out;
}

/** Insert `pathType: Prefix` before the key at `path`, at that key's column. */
function pathTypeFix(doc: DocUnit, text: string, path: JsonPath) {
  const key = pathSpan(doc, path, true);
  const lineStart = text.lastIndexOf('\n', key.offset - 1) + 1;
  // block style only: inside `{ … }` a new line would need a comma
  if (!/^ *(- +)*$/.test(text.slice(lineStart, key.offset))) return undefined;
  const column = key.offset - lineStart;
  return [
    {
      title: 'Add pathType: Prefix',
      edits: [{ offset: key.offset, length: 0, newText: `pathType: Prefix\n${' '.repeat(column)}` }],
      preferred: true,
    },
  ];
}
