/**
 * ArchitectureGraph → Mermaid flowchart text. Deterministic (the graph is sorted; ids are hashes of
 * stable keys), escaped (labels only through escape.ts; ids, classes and shapes are ours), and
 * bounded: when the text or the edge count would pass Mermaid's limits, whole namespaces/clusters
 * fold into one node each, biggest first, rather than failing to render.
 */
import type { ArchitectureGraph, GraphEdge, GraphGroup, GraphNode, NodeKind } from './model';
import { cmp } from './model';
import { escapeLabel, labelLines } from './escape';
import { arrow, classDefLine, kindClass, KIND_STYLE, MISSING_CLASS, PROBLEM_CLASS, shapeText, STATE_CLASSDEFS } from './style';
import { assignIds } from './ids';

export interface MermaidOptions {
  direction?: 'LR' | 'TB';
  /** Mermaid's own default maxTextSize */
  maxTextSize?: number;
  /** Mermaid's own default maxEdges */
  maxEdges?: number;
  /** print the legend subgraph (default true) */
  legend?: boolean;
}

export interface MermaidOutput {
  text: string;
  /** Mermaid id → graph node id; subgraphs and folded groups map to `group:<key>` */
  ids: Record<string, string>;
  collapsed: boolean;
  /** folded node's Mermaid id → the graph node ids inside it */
  members: Record<string, string[]>;
  nodeCount: number;
  edgeCount: number;
}

export const DEFAULT_MAX_TEXT = 50000;
export const DEFAULT_MAX_EDGES = 500;

export const groupRef = (key: string): string => `group:${key}`;

export function toMermaid(graph: ArchitectureGraph, opts: MermaidOptions = {}): MermaidOutput {
  const maxText = opts.maxTextSize ?? DEFAULT_MAX_TEXT;
  const maxEdges = opts.maxEdges ?? DEFAULT_MAX_EDGES;
  const ctx = prepare(graph);
  const fits = (o: MermaidOutput) => o.text.length <= maxText && o.edgeCount <= maxEdges;
  const full = render(ctx, opts, new Set());
  if (fits(full)) return full;

  // fold the biggest leaf groups first (namespaces before the cluster around them), doubling how many
  const leaves = ctx.groups.filter((g) => !ctx.groups.some((c) => c.parent === g.key));
  leaves.sort((a, b) => (ctx.size.get(b.key) ?? 0) - (ctx.size.get(a.key) ?? 0) || cmp(a.key, b.key));
  const foldTop = (k: number) => render(ctx, opts, new Set(leaves.slice(0, k).map((g) => g.key)));
  let fitting: MermaidOutput | undefined;
  let lo = 0,
    hi = 0;
  for (let k = 1; ; k *= 2) {
    const out = foldTop(Math.min(k, leaves.length));
    if (fits(out)) {
      fitting = out;
      hi = Math.min(k, leaves.length);
      break;
    }
    lo = Math.min(k, leaves.length);
    if (k >= leaves.length) break;
  }
  if (fitting) {
    // the fewest folds that fit, so the diagram keeps as much detail as it can
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const out = foldTop(mid);
      if (fits(out)) {
        fitting = out;
        hi = mid;
      } else lo = mid;
    }
    return fitting;
  }
  const all = new Set(ctx.groups.map((g) => g.key));
  const folded = render(ctx, opts, all);
  if (fits(folded)) return folded;
  // still too big (thousands of ungrouped nodes): show a prefix and say how much is hidden
  for (let keep = Math.floor(ctx.graph.nodes.length / 2); ; keep = Math.floor(keep / 2)) {
    const out = render(ctx, { ...opts, legend: false }, all, { keepNodes: keep, maxEdges });
    if (fits(out) || keep === 0) return out;
  }
}

interface Prepared {
  graph: ArchitectureGraph;
  groups: GraphGroup[];
  byKey: Map<string, GraphGroup>;
  /** nodes under a group, nested groups included */
  size: Map<string, number>;
  nodeIds: Map<string, string>;
  groupIds: Map<string, string>;
  foldIds: Map<string, string>;
}

function prepare(graph: ArchitectureGraph): Prepared {
  const byKey = new Map(graph.groups.map((g) => [g.key, g]));
  // a node may name a group nobody declared (defensive): give it a plain one
  for (const n of graph.nodes) {
    if (n.group && !byKey.has(n.group)) byKey.set(n.group, { key: n.group, kind: 'aws', label: n.group, sources: [], facts: [] });
  }
  for (const g of [...byKey.values()]) if (g.parent && !byKey.has(g.parent)) g.parent = undefined;
  // a parent chain that loops would never end: cut it
  for (const g of byKey.values()) {
    const seen = new Set([g.key]);
    for (let p = g.parent; p; p = byKey.get(p)?.parent) {
      if (seen.has(p)) {
        g.parent = undefined;
        break;
      }
      seen.add(p);
    }
  }
  const groups = [...byKey.values()].sort((a, b) => cmp(a.key, b.key));
  const size = new Map<string, number>();
  for (const n of graph.nodes) for (const k of chain(byKey, n.group)) size.set(k, (size.get(k) ?? 0) + 1);
  return {
    graph,
    groups,
    byKey,
    size,
    nodeIds: assignIds(
      'n_',
      graph.nodes.map((n) => n.id),
    ),
    groupIds: assignIds(
      'g_',
      groups.map((g) => g.key),
    ),
    foldIds: assignIds(
      'c_',
      groups.map((g) => g.key),
    ),
  };
}

/** the group and its ancestors, innermost first */
function chain(byKey: Map<string, GraphGroup>, key: string | undefined): string[] {
  const out: string[] = [];
  for (let k = key; k; k = byKey.get(k)?.parent) out.push(k);
  return out;
}

interface Limit {
  keepNodes: number;
  maxEdges: number;
}

function render(p: Prepared, opts: MermaidOptions, fold: Set<string>, limit?: Limit): MermaidOutput {
  const { graph, byKey } = p;
  const ids: Record<string, string> = {};
  const members: Record<string, string[]> = {};
  /** outermost folded group holding a group (undefined when it is visible) */
  const foldedBy = (key: string | undefined): string | undefined => {
    let hit: string | undefined;
    for (const k of chain(byKey, key)) if (fold.has(k)) hit = k;
    return hit;
  };

  // what each graph node becomes: itself, a folded group, or nothing (truncated)
  const shown = new Map<string, string>();
  const visible: GraphNode[] = [];
  const folds = new Map<string, GraphNode[]>();
  let hidden = 0;
  for (const n of graph.nodes) {
    const f = foldedBy(n.group);
    if (f) {
      shown.set(n.id, p.foldIds.get(f)!);
      push(folds, f, n);
    } else if (limit && visible.length >= limit.keepNodes) {
      hidden++;
    } else {
      shown.set(n.id, p.nodeIds.get(n.id)!);
      visible.push(n);
    }
  }

  // edges between what is shown; folded ends merge, so drop labels there and keep one per pair and kind
  const edges: { from: string; to: string; e: GraphEdge }[] = [];
  const seen = new Set<string>();
  let hiddenEdges = 0;
  for (const e of graph.edges) {
    const from = shown.get(e.from);
    const to = shown.get(e.to);
    if (!from || !to) {
      hiddenEdges++;
      continue;
    }
    if (from === to) continue;
    const merged = from !== p.nodeIds.get(e.from) || to !== p.nodeIds.get(e.to);
    const key = `${from} ${to} ${e.kind} ${merged ? '' : (e.label ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (limit && edges.length >= limit.maxEdges - 1) {
      hiddenEdges++;
      continue;
    }
    edges.push({ from, to, e: merged ? { from: e.from, to: e.to, kind: e.kind } : e });
  }

  // which visible group each printed node sits in
  const inGroup = new Map<string | undefined, string[]>();
  const place = (group: string | undefined, line: string) => push(inGroup, group, line);
  const classes = new Map<string, string[]>();
  const addClass = (cls: string, id: string) => push(classes, cls, id);
  const kinds = new Set<NodeKind>();
  let anyMissing = false,
    anyProblem = false;

  for (const n of visible) {
    const id = p.nodeIds.get(n.id)!;
    ids[id] = n.id;
    const lines = [n.label];
    if (n.missing) lines.push('not in the workspace');
    if (n.problems.length) lines.push(`⚠ ${n.problems.length} problem${n.problems.length === 1 ? '' : 's'}`);
    place(n.group, `${id}${shapeText(KIND_STYLE[n.kind].shape, labelLines(lines))}`);
    addClass(kindClass(n.kind), id);
    kinds.add(n.kind);
    if (n.missing) {
      addClass(MISSING_CLASS, id);
      anyMissing = true;
    }
    if (n.problems.length) {
      addClass(PROBLEM_CLASS, id);
      anyProblem = true;
    }
  }
  for (const [key, list] of [...folds.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const g = byKey.get(key)!;
    const id = p.foldIds.get(key)!;
    ids[id] = groupRef(key);
    members[id] = list.map((n) => n.id);
    const problems = list.reduce((s, n) => s + n.problems.length, 0);
    const lines = [`${g.label}: ${list.length} resource${list.length === 1 ? '' : 's'}`];
    if (problems) lines.push(`⚠ ${problems} problem${problems === 1 ? '' : 's'}`);
    place(g.parent, `${id}${shapeText(KIND_STYLE.collapsed.shape, labelLines(lines))}`);
    addClass(kindClass('collapsed'), id);
    kinds.add('collapsed');
    if (problems) {
      addClass(PROBLEM_CLASS, id);
      anyProblem = true;
    }
  }
  if (limit && (hidden || hiddenEdges)) {
    place(
      undefined,
      `trunc_more${shapeText('rect', escapeLabel(`${hidden} more resources and ${hiddenEdges} more links not shown: open the diagram for one file`, 120))}`,
    );
  }

  const out: string[] = [`flowchart ${opts.direction === 'TB' ? 'TB' : 'LR'}`];
  if (!visible.length && !folds.size) out.push('  empty["No ECS or Kubernetes resources found"]');
  // subgraphs: a visible group prints when something visible sits inside it
  const children = new Map<string | undefined, GraphGroup[]>();
  for (const g of p.groups) if (!foldedBy(g.key)) push(children, g.parent, g);
  const hasContent = (key: string): boolean => !!inGroup.get(key)?.length || (children.get(key) ?? []).some((c) => hasContent(c.key));
  const printGroup = (g: GraphGroup, indent: string) => {
    if (!hasContent(g.key)) return;
    const id = p.groupIds.get(g.key)!;
    ids[id] = groupRef(g.key);
    out.push(`${indent}subgraph ${id}["${escapeLabel(g.label)}"]`);
    for (const c of children.get(g.key) ?? []) printGroup(c, indent + '  ');
    for (const line of inGroup.get(g.key) ?? []) out.push(indent + '  ' + line);
    out.push(`${indent}end`);
  };
  for (const g of children.get(undefined) ?? []) printGroup(g, '  ');
  for (const line of inGroup.get(undefined) ?? []) out.push('  ' + line);

  for (const { from, to, e } of edges) {
    out.push(`  ${from} ${arrow(e.kind)}${e.label ? `|"${escapeLabel(e.label, 60)}"|` : ''} ${to}`);
  }

  const legend = opts.legend !== false && kinds.size > 0;
  if (legend) {
    out.push('  subgraph legend["Legend"]');
    for (const k of [...kinds].sort())
      out.push(`    lg_${kindClass(k)}${shapeText(KIND_STYLE[k].shape, escapeLabel(KIND_STYLE[k].legend))}`);
    if (anyMissing) out.push('    lg_missing["referenced, not in the workspace"]');
    if (anyProblem) out.push('    lg_problem["has errors or warnings"]');
    out.push('  end');
    for (const k of kinds) addClass(kindClass(k), `lg_${kindClass(k)}`);
    if (anyMissing) addClass(MISSING_CLASS, 'lg_missing');
    if (anyProblem) addClass(PROBLEM_CLASS, 'lg_problem');
  }
  for (const k of [...kinds].sort()) out.push(`  ${classDefLine(k)}`);
  if (anyMissing || anyProblem) for (const line of STATE_CLASSDEFS) out.push(`  ${line}`);
  // state classes come after kind classes so their stroke wins
  const order = [...[...kinds].sort().map(kindClass), MISSING_CLASS, PROBLEM_CLASS];
  for (const cls of order) {
    const list = classes.get(cls);
    if (list?.length) out.push(`  class ${[...list].sort().join(',')} ${cls}`);
  }
  return {
    text: out.join('\n') + '\n',
    ids,
    collapsed: fold.size > 0 || !!limit,
    members,
    nodeCount: visible.length + folds.size,
    edgeCount: edges.length,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
