/** Names from the workspace where a manifest refers to another object: ConfigMaps, Secrets, ServiceAccounts, claims, classes, Services, HPA targets. */
import type { CompletionContributor, CompletionEntry, CursorContext } from '../../complete/types';
import type { WorkspaceIndex } from '../../workspace';
import { asArr, asObj, isObj, nameOf, namespaceOf, sameNamespace, str } from '../objects';
import { endsWith, isK8sCtx, nsAt, valueEntry } from './entries';

const BACKEND = /^(backend|defaultBackend)$/;

type Target = { kind: string; clusterScoped?: boolean };

function targetAt(path: (string | number)[]): Target | undefined {
  if (endsWith(path, 'configMapKeyRef', 'name') || endsWith(path, 'configMapRef', 'name') || endsWith(path, 'configMap', 'name'))
    return { kind: 'ConfigMap' };
  if (
    endsWith(path, 'secretKeyRef', 'name') ||
    endsWith(path, 'secretRef', 'name') ||
    endsWith(path, 'secret', 'secretName') ||
    endsWith(path, 'secret', 'name') ||
    endsWith(path, 'imagePullSecrets', /^\d+$/, 'name')
  )
    return { kind: 'Secret' };
  if (endsWith(path, 'persistentVolumeClaim', 'claimName')) return { kind: 'PersistentVolumeClaim' };
  if (endsWith(path, 'serviceAccountName') || endsWith(path, 'subjects', /^\d+$/, 'name')) return { kind: 'ServiceAccount' };
  if (endsWith(path, 'storageClassName')) return { kind: 'StorageClass', clusterScoped: true };
  if (endsWith(path, BACKEND, 'service', 'name') || endsWith(path, BACKEND, 'serviceName')) return { kind: 'Service' };
  return undefined;
}

function names(ws: WorkspaceIndex, kind: string, ns: string | undefined, clusterScoped = false): { name: string; detail: string }[] {
  const out = new Map<string, string>();
  for (const e of ws.k8s(kind)) {
    const n = nameOf(e.doc.value);
    if (!n || (!clusterScoped && !sameNamespace(ns, namespaceOf(e.doc.value)))) continue;
    out.set(n, `${kind}${namespaceOf(e.doc.value) ? ` in ${namespaceOf(e.doc.value)}` : ''} · ${e.file.uri.split('/').pop()}`);
  }
  return [...out].map(([name, detail]) => ({ name, detail }));
}

export const referenceCompletion: CompletionContributor = (ctx, { workspace }) => {
  if (ctx.atKey || !isK8sCtx(ctx)) return [];
  const path = ctx.path;
  const ns = nsAt(ctx);
  if (endsWith(path, 'scaleTargetRef', 'name')) {
    const kind = str(asObj(findValue(ctx, path.slice(0, -1))).kind) ?? 'Deployment';
    return names(workspace, kind, ns).map((n) => valueEntry(ctx, n.name, { detail: n.detail }));
  }
  const port = servicePortItems(ctx, workspace, ns);
  if (port) return port;
  const t = targetAt(path);
  if (!t) return [];
  return names(workspace, t.kind, ns, t.clusterScoped).map((n) => valueEntry(ctx, n.name, { detail: n.detail }));
};

function findValue(ctx: CursorContext, path: (string | number)[]): unknown {
  let v: unknown = ctx.doc.value;
  for (const seg of path) v = Array.isArray(v) ? v[Number(seg)] : asObj(v)[seg as string];
  return v;
}

/** Ingress backend ports: the numbers or names of the Service named next to them. */
function servicePortItems(ctx: CursorContext, ws: WorkspaceIndex, ns: string | undefined): CompletionEntry[] | undefined {
  const p = ctx.path;
  let serviceName: string | undefined;
  let want: 'number' | 'name' | 'either';
  if (endsWith(p, BACKEND, 'service', 'port', 'number') || endsWith(p, BACKEND, 'service', 'port', 'name')) {
    serviceName = str(asObj(findValue(ctx, p.slice(0, -2))).name);
    want = p[p.length - 1] as 'number' | 'name';
  } else if (endsWith(p, BACKEND, 'servicePort')) {
    serviceName = str(asObj(findValue(ctx, p.slice(0, -1))).serviceName);
    want = 'either';
  } else return undefined;
  if (!serviceName) return [];
  const svc = ws.k8s('Service').find((e) => nameOf(e.doc.value) === serviceName && sameNamespace(ns, namespaceOf(e.doc.value)));
  const out: CompletionEntry[] = [];
  for (const port of asArr(asObj(asObj(svc?.doc.value).spec).ports).filter(isObj)) {
    const detail = `${serviceName}: ${port.name ? `${port.name} → ` : ''}${port.port}${port.targetPort !== undefined ? ` (target ${port.targetPort})` : ''}`;
    if (want !== 'name' && typeof port.port === 'number') out.push(valueEntry(ctx, port.port, { detail }));
    if (want !== 'number' && typeof port.name === 'string') out.push(valueEntry(ctx, port.name, { detail }));
  }
  return out;
}
