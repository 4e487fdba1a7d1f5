/**
 * Nested stacks: an `AWS::CloudFormation::Stack` whose `TemplateURL` is a local path (as
 * `aws cloudformation package` reads it) is drawn as a node that leads to the child template's
 * main resources, once every template is drawn.
 */
import type { WorkspaceIndex } from '../workspace';
import { literal, prop, resourceNode, resourcesOf, type TemplateCtx } from './cfnContext';
import type { GraphBuilder, NodeKind } from './model';

export interface NestedLink {
  from: string;
  childUri: string;
}

/** the nested-stack nodes of one template, with the child uri each leads to (when local and present) */
export function addTemplateNested(ctx: TemplateCtx, ws: WorkspaceIndex): NestedLink[] {
  const out: NestedLink[] = [];
  for (const r of resourcesOf(ctx, 'AWS::CloudFormation::Stack')) {
    const url = literal(ctx, prop(r.properties, 'TemplateURL'));
    const local = url && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : undefined;
    const childUri = local ? resolveUri(ctx.entry.file.uri, local) : undefined;
    const present = childUri !== undefined && ws.has(childUri);
    const facts = url
      ? [local ? `template ${local}${present ? '' : ' (not in the workspace)'}` : `template ${url} (not a local file)`]
      : ['template set at deploy time'];
    const id = resourceNode(ctx, r, { kind: 'nested-stack', word: 'Nested stack', group: null, facts });
    if (present) out.push({ from: id, childUri });
  }
  return out;
}

/** the kinds that stand for what a stack is about (not the roles and images around them) */
const MAIN: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'ecs-cluster',
  'ecs-service',
  'task-definition',
  'load-balancer',
  'event-rule',
  'schedule',
  'auto-scaling-group',
  'capacity-provider',
  'app-runner-service',
  'express-service',
  'nested-stack',
  's3-bucket',
  'sqs-queue',
  'dynamodb-table',
  'sns-topic',
]);
const MAX_LINKS = 8;

/** each nested-stack node → the main nodes its child template defines (or its first node) */
export function linkNested(b: GraphBuilder, links: NestedLink[], nodesOf: Map<string, string[]>): void {
  // many stacks may nest the same child: its main nodes are picked once
  const targets = new Map<string, string[]>();
  for (const { from, childUri } of links) {
    let list = targets.get(childUri);
    if (!list) {
      const ids = nodesOf.get(childUri) ?? [];
      const main: string[] = [];
      for (const id of ids) if (MAIN.has(b.get(id)?.kind ?? 'collapsed') && main.push(id) >= MAX_LINKS) break;
      list = main.length ? main : ids.slice(0, MAX_LINKS);
      targets.set(childUri, list);
    }
    for (const id of list) b.edge(from, id, 'nests');
  }
}

/** `./child.yaml` relative to the parent template's uri */
export function resolveUri(base: string, rel: string): string {
  const parts = base.split('/');
  parts.pop();
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 3) parts.pop();
    } else parts.push(encodeURIComponent(decodeURIComponent(safe(seg))));
  }
  return parts.join('/');
}

const safe = (s: string): string => {
  try {
    decodeURIComponent(s);
    return s;
  } catch {
    return encodeURIComponent(s);
  }
};
