/**
 * Load balancing in a template: load balancer → listener → target group. A service's
 * `LoadBalancers` entry then routes the target group to its container and port (the ECS builder
 * draws that edge, through the target group node made here).
 */
import type { AstNode } from '../parse/tree';
import type { CfnResource } from '../cfn/template';
import { items, literal, nodeAt, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';

export function addTemplateLoadBalancing(ctx: TemplateCtx): void {
  for (const r of resourcesOf(ctx, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    const type = literal(ctx, prop(r.properties, 'Type')) ?? 'application';
    const scheme = literal(ctx, prop(r.properties, 'Scheme'));
    const word = type === 'network' ? 'Network load balancer' : type === 'gateway' ? 'Gateway load balancer' : 'Application load balancer';
    resourceNode(ctx, r, { kind: 'load-balancer', word, nameProp: 'Name', facts: scheme ? [scheme] : [] });
  }
  for (const r of resourcesOf(ctx, 'AWS::ElasticLoadBalancing::LoadBalancer'))
    resourceNode(ctx, r, { kind: 'load-balancer', word: 'Classic load balancer', nameProp: 'LoadBalancerName' });
  for (const r of resourcesOf(ctx, 'AWS::ElasticLoadBalancingV2::TargetGroup')) {
    const protocol = literal(ctx, prop(r.properties, 'Protocol'));
    const port = literal(ctx, prop(r.properties, 'Port'));
    const target = literal(ctx, prop(r.properties, 'TargetType')) ?? 'instance';
    const health = literal(ctx, prop(r.properties, 'HealthCheckPath'));
    resourceNode(ctx, r, {
      kind: 'target-group',
      word: 'Target group',
      nameProp: 'Name',
      facts: [
        ...(protocol || port ? [`${protocol ?? '?'}:${port ?? '?'}`] : []),
        `targets: ${target}`,
        ...(health ? [`health check ${health}`] : []),
      ],
    });
  }
  for (const r of resourcesOf(ctx, 'AWS::ElasticLoadBalancingV2::Listener')) addListener(ctx, r);
  for (const r of resourcesOf(ctx, 'AWS::ElasticLoadBalancingV2::ListenerRule')) {
    const listener = nodeAt(ctx, prop(r.properties, 'ListenerArn'));
    if (listener) forwards(ctx, listener, prop(r.properties, 'Actions'), ruleLabel(ctx, r));
  }
}

function addListener(ctx: TemplateCtx, r: CfnResource): void {
  const protocol = literal(ctx, prop(r.properties, 'Protocol'));
  const port = literal(ctx, prop(r.properties, 'Port'));
  const where = `${protocol ?? ''}${protocol && port ? ':' : ''}${port ?? ''}`;
  const id = resourceNode(ctx, r, { kind: 'listener', word: 'Listener', facts: where ? [where] : [] });
  const lb = nodeAt(ctx, prop(r.properties, 'LoadBalancerArn'));
  if (lb) ctx.b.edge(lb, id, 'routes-to', where || undefined);
  forwards(ctx, id, prop(r.properties, 'DefaultActions'), 'default');
}

/** the target groups the `forward` actions send to */
function forwards(ctx: TemplateCtx, from: string, actions: AstNode | undefined, label: string | undefined): void {
  for (const a of items(actions)) {
    const groups = [
      prop(a, 'TargetGroupArn'),
      ...items(prop(prop(a, 'ForwardConfig'), 'TargetGroups')).map((g) => prop(g, 'TargetGroupArn')),
    ];
    for (const g of groups) {
      const tg = nodeAt(ctx, g);
      if (tg) ctx.b.edge(from, tg, 'routes-to', label);
    }
  }
}

/** `/api/*`, `host example.com`: what a listener rule matches */
function ruleLabel(ctx: TemplateCtx, r: CfnResource): string | undefined {
  const parts: string[] = [];
  for (const c of items(prop(r.properties, 'Conditions'))) {
    const field = literal(ctx, prop(c, 'Field'));
    const config = prop(c, field === 'host-header' ? 'HostHeaderConfig' : 'PathPatternConfig');
    const values = [...items(prop(c, 'Values')), ...items(prop(config, 'Values'))]
      .map((v) => literal(ctx, v))
      .filter((v): v is string => !!v);
    if (values.length) parts.push(field === 'host-header' ? `host ${values.join(', ')}` : values.join(', '));
  }
  return parts.length ? parts.join(' ') : undefined;
}
