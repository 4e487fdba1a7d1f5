/** Traffic in the Kubernetes graph: Services select workloads (and front a load balancer), Ingresses route to Services. */
import type { DocEntry } from '../workspace';
import { asArr, asObj, isObj, selectorMatches, str, stringMap, toSelector } from '../k8s/objects';
import { asText } from '../text/asText';
import { nodeId } from './model';
import { docSpan } from './sources';
import { k8sServiceId, objectHead, type Ctx } from './k8sContext';

export function addService(ctx: Ctx, e: DocEntry): void {
  const head = objectHead(ctx, e);
  if (!head) return;
  const { name, v, spec, n, group } = head;
  const type = str(spec.type) ?? 'ClusterIP';
  const ports = asArr(spec.ports)
    .filter(isObj)
    .map((p) => `${asText(p.port)}${p.targetPort !== undefined && p.targetPort !== p.port ? `→${asText(p.targetPort)}` : ''}`);
  const facts = [`type ${type}`, ...(ports.length ? [`ports ${ports.join(', ')}`] : [])];
  const id = ctx.b.node('k8s-service', k8sServiceId(n, name), { label: `Service ${name}`, group, facts, source: docSpan(e) }).id;
  const selector = stringMap(spec.selector);
  if (Object.keys(selector).length) {
    const sel = toSelector({ matchLabels: selector });
    for (const w of ctx.owners) if (w.ns === n && selectorMatches(sel, w.labels)) ctx.b.edge(id, w.id, 'selects');
  }
  if (type === 'LoadBalancer') {
    const ann = stringMap(asObj(v.metadata).annotations);
    const lbType = ann['service.beta.kubernetes.io/aws-load-balancer-type'];
    const nlb = !!lbType || str(spec.loadBalancerClass) === 'service.k8s.aws/nlb';
    const lfacts = [nlb ? 'Network Load Balancer' : 'load balancer from the cloud provider (Classic unless annotated)'];
    const scheme = ann['service.beta.kubernetes.io/aws-load-balancer-scheme'];
    if (scheme) lfacts.push(`scheme ${scheme}`);
    const target = ann['service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'];
    if (target) lfacts.push(`target type ${target}`);
    const lb = ctx.b.node('load-balancer', nodeId('load-balancer', n, name), {
      label: `${nlb ? 'NLB' : 'Load balancer'} ${name}`,
      group,
      facts: lfacts,
      source: docSpan(e),
    }).id;
    ctx.b.edge(lb, id, 'routes-to', ports.join(', ') || undefined);
  }
}

export function addIngress(ctx: Ctx, e: DocEntry): void {
  const head = objectHead(ctx, e);
  if (!head) return;
  const { name, v, spec, n, group } = head;
  const ann = stringMap(asObj(v.metadata).annotations);
  const alb = str(spec.ingressClassName) === 'alb' || ann['kubernetes.io/ingress.class'] === 'alb';
  const facts: string[] = [];
  if (alb) facts.push('AWS Load Balancer Controller (ALB)');
  else if (spec.ingressClassName) facts.push(`class ${asText(spec.ingressClassName)}`);
  for (const [k, label] of [
    ['scheme', 'scheme'],
    ['target-type', 'target type'],
    ['group.name', 'group'],
  ] as const) {
    const x = ann[`alb.ingress.kubernetes.io/${k}`];
    if (x) facts.push(`${label} ${x}`);
  }
  const hosts = asArr(spec.rules)
    .map((r) => str(asObj(r).host))
    .filter((h): h is string => !!h);
  if (hosts.length) facts.push(`hosts ${[...new Set(hosts)].join(', ')}`);
  const id = ctx.b.node('ingress', nodeId('ingress', n, name), {
    label: `${alb ? 'ALB Ingress' : 'Ingress'} ${name}`,
    group,
    facts,
    source: docSpan(e),
  }).id;

  const route = (backend: unknown, path?: string) => {
    const svc = asObj(asObj(backend).service);
    const sname = str(svc.name);
    if (!sname) return;
    const port = asObj(svc.port);
    const p = port.number !== undefined ? asText(port.number) : str(port.name);
    const target = ctx.b.ref('k8s-service', k8sServiceId(n, sname), {
      label: `Service ${sname}`,
      group,
      facts: ['named by an Ingress backend; not in the workspace'],
    }).id;
    ctx.b.edge(id, target, 'routes-to', [path, p ? `port ${p}` : undefined].filter(Boolean).join(' → ') || undefined);
  };
  if (spec.defaultBackend) route(spec.defaultBackend, 'default');
  for (const r of asArr(spec.rules)) {
    for (const p of asArr(asObj(asObj(r).http).paths)) route(asObj(p).backend, str(asObj(p).path));
  }
}
