/** How Ingresses and Services reach AWS load balancers (AWS Load Balancer Controller conventions). */
import { asObj, str, stringMap } from './objects';

export const ALB_PREFIX = 'alb.ingress.kubernetes.io/';
export const NLB_PREFIX = 'service.beta.kubernetes.io/aws-load-balancer-';

export const annotationsOf = (v: unknown): Record<string, string> => stringMap(asObj(asObj(v).metadata).annotations);

/** An Ingress served by the AWS Load Balancer Controller (class `alb`, old annotation, or ALB annotations). */
export function isAlbIngress(v: unknown): boolean {
  const spec = asObj(asObj(v).spec);
  const a = annotationsOf(v);
  const cls = str(spec.ingressClassName) ?? a['kubernetes.io/ingress.class'];
  if (cls !== undefined) return cls === 'alb' || /alb/.test(cls);
  return Object.keys(a).some((k) => k.startsWith(ALB_PREFIX));
}

export interface BackendRef {
  name: string;
  port?: number | string;
  path: (string | number)[];
  /** networking.k8s.io/v1 shape (`service.name`) rather than v1beta1 (`serviceName`) */ v1: boolean;
}

/** Every Service an Ingress routes to, with where it is written (v1 and v1beta1 shapes). */
export function ingressBackends(v: unknown): BackendRef[] {
  const spec = asObj(asObj(v).spec);
  const out: BackendRef[] = [];
  const add = (b: unknown, path: (string | number)[]) => {
    const o = asObj(b);
    const svc = asObj(o.service);
    const name = str(svc.name) ?? str(o.serviceName);
    if (!name) return;
    const port = asObj(svc.port);
    // only a number or a string is a port; anything else (a list, an object) is the schema's to report
    const raw = port.number ?? port.name ?? o.servicePort;
    const p = typeof raw === 'number' || typeof raw === 'string' ? raw : undefined;
    out.push({ name, port: p, path, v1: str(svc.name) !== undefined });
  };
  add(spec.defaultBackend ?? spec.backend, [spec.defaultBackend ? 'defaultBackend' : 'backend']);
  (Array.isArray(spec.rules) ? spec.rules : []).forEach((r, i) => {
    const paths = asObj(asObj(r).http).paths;
    (Array.isArray(paths) ? paths : []).forEach((p, j) => add(asObj(p).backend, ['rules', i, 'http', 'paths', j, 'backend']));
  });
  return out.map((b) => ({ ...b, path: ['spec', ...b.path] }));
}

/** The NLB target type a LoadBalancer Service gets ('instance' unless set to ip). */
export function nlbTargetType(v: unknown): 'ip' | 'instance' {
  const a = annotationsOf(v);
  if (a[`${NLB_PREFIX}type`] === 'nlb-ip' || a[`${NLB_PREFIX}nlb-target-type`] === 'ip') return 'ip';
  return 'instance';
}
