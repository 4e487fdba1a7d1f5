/**
 * The parts of an outline a first picture shows, worked out on the data (never on Mermaid text):
 * a file's neighbourhood, what an overview folds, and where shared AWS resources sit. Pure.
 */
import type { DiagramOutline, OutlineGroup, OutlineNode } from '../outline';
import { groupChain, parentMap } from '../outline';

/** a file's (or, for a uri ending in `/`, a folder's) nodes, the groups around them and their direct links */
export interface Neighbourhood {
  outline: DiagramOutline;
  /** the nodes defined in the file itself: the view centres on them */
  own: string[];
  /** the innermost cluster/namespace of the file's nodes (for the breadcrumb), if there is one */
  group?: string;
}

/**
 * The file's nodes, every node of the clusters/namespaces they sit in (and of the groups nested in
 * those: a cluster file shows its namespaces), and what those link to or are linked from. Account
 * resources (roles, repositories) are neighbours, never a home: the AWS group is not widened.
 * Undefined when the file defines nothing drawn.
 */
export function neighbourhood(o: DiagramOutline, uri: string): Neighbourhood | undefined {
  const inScope = uri.endsWith('/') ? (u: string) => u.startsWith(uri) : (u: string) => u === uri;
  const parents = parentMap(o);
  const kindOf = new Map(o.groups.map((g) => [g.id, g.kind]));
  const own = o.nodes.filter((n) => n.sources.some((s) => inScope(s.uri))).map((n) => n.id);
  const homes = new Set<string>();
  for (const n of o.nodes) if (n.group && kindOf.get(n.group) !== 'aws' && n.sources.some((s) => inScope(s.uri))) homes.add(n.group);
  for (const g of o.groups) if (g.kind !== 'aws' && g.sources.some((s) => inScope(s.uri))) homes.add(g.id);
  if (!own.length && !homes.size) return undefined;
  const inHome = (n: OutlineNode) => groupChain(parents, n.group).some((g) => homes.has(g));
  const core = new Set([...own, ...o.nodes.filter(inHome).map((n) => n.id)]);
  const keep = new Set(core);
  for (const e of o.edges) {
    if (core.has(e.from)) keep.add(e.to);
    if (core.has(e.to)) keep.add(e.from);
  }
  const part = restrict(o, keep);
  // the breadcrumb names the group most of the file's nodes sit in
  const counts = new Map<string, number>();
  for (const n of o.nodes)
    if (n.group && own.includes(n.id) && kindOf.get(n.group) !== 'aws') counts.set(n.group, (counts.get(n.group) ?? 0) + 1);
  const group = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? [...homes].sort(cmp)[0];
  return { outline: part, own, ...(group ? { group } : {}) };
}

/**
 * The groups an overview of `level` folds into one box each: every group but `level` and the
 * groups around it (the printer folds the outermost folded group of a chain, so nested ones go
 * with their parent). At the top (no level) every cluster, namespace and stack is one box.
 */
export function overviewFolds(o: DiagramOutline, level?: string): Set<string> {
  const around = new Set(level ? groupChain(parentMap(o), level) : []);
  return new Set(o.groups.filter((g) => !around.has(g.id)).map((g) => g.id));
}

/** the id of the view-only group that holds the account resources only `group` uses */
export const nearGroupId = (group: string): string => `near:${group}`;

/**
 * Account resources (roles, repositories, secrets, file systems: the nodes of an `aws` group)
 * used by one cluster/namespace only move into a box of their own beside it, inside the same
 * parent, so their edges stay short; those several groups share stay in the account lane.
 * Ids are unchanged (clicks and search still name the same nodes); only `group` moves.
 */
export function placeShared(o: DiagramOutline): DiagramOutline {
  const aws = new Set(o.groups.filter((g) => g.kind === 'aws').map((g) => g.id));
  if (!aws.size) return o;
  const byId = new Map(o.nodes.map((n) => [n.id, n]));
  const groups = new Map(o.groups.map((g) => [g.id, g]));
  const users = new Map<string, Set<string>>();
  const use = (shared: OutlineNode | undefined, other: OutlineNode | undefined) => {
    if (!shared?.group || !aws.has(shared.group) || !other) return;
    const set = users.get(shared.id) ?? new Set<string>();
    // a link to another account resource, or to nothing grouped, counts as a second user
    set.add(other.group && !aws.has(other.group) ? other.group : `\u0000${other.id}`);
    users.set(shared.id, set);
  };
  for (const e of o.edges) {
    use(byId.get(e.from), byId.get(e.to));
    use(byId.get(e.to), byId.get(e.from));
  }
  const moved = new Map<string, string>();
  const added = new Map<string, OutlineGroup>();
  for (const [id, set] of users) {
    if (set.size !== 1) continue;
    const home = groups.get([...set][0]);
    if (!home) continue;
    const near = nearGroupId(home.id);
    moved.set(id, near);
    if (!added.has(near))
      added.set(near, {
        id: near,
        kind: 'aws',
        label: `AWS resources of ${home.label}`,
        ...(home.parent ? { parent: home.parent } : {}),
        sources: [],
        facts: [],
      });
  }
  if (!moved.size) return o;
  const nodes = o.nodes.map((n) => (moved.has(n.id) ? { ...n, group: moved.get(n.id) } : n));
  const still = new Set(nodes.map((n) => n.group));
  return {
    nodes,
    edges: o.edges,
    groups: [...o.groups.filter((g) => !aws.has(g.id) || still.has(g.id)), ...added.values()].sort((a, b) => cmp(a.id, b.id)),
  };
}

/** the nodes in `keep`, the edges between them, the groups (and their parents) they sit in */
export function restrict(o: DiagramOutline, keep: ReadonlySet<string>): DiagramOutline {
  const parents = parentMap(o);
  const nodes = o.nodes.filter((n) => keep.has(n.id));
  const used = new Set<string>();
  for (const n of nodes) for (const g of groupChain(parents, n.group)) used.add(g);
  return { nodes, edges: o.edges.filter((e) => keep.has(e.from) && keep.has(e.to)), groups: o.groups.filter((g) => used.has(g.id)) };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
