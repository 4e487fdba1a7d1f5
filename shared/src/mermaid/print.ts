/**
 * A diagram outline (or any part of one) → Mermaid flowchart text. The server prints the whole
 * workspace with it (CLI, Copy, Export); the webview prints the part it shows. Deterministic (input
 * sorted; ids are hashes of stable keys), escaped (labels only through escape.ts; ids, classes and
 * shapes are ours), and bounded: when the text or the edge count would pass Mermaid's limits, whole
 * namespaces/clusters fold into one node each, biggest first, rather than failing to render.
 */
import type { NodeKind } from '../kinds';
import type { PrintedRef } from '../outline';
import { escapeLabel, labelLines } from './escape';
import { classDefLine, kindClass, KIND_STYLE, MISSING_CLASS, PROBLEM_CLASS, shapeText, STATE_CLASSDEFS, STATE_STYLE } from '../style';

import { DEFAULT_MAX_EDGES, DEFAULT_MAX_TEXT, DEFAULT_SCHEME } from './printTypes';
import type { MermaidOptions, MermaidOutput, PrintEdge, PrintGroup, PrintNode, Printable, PrintScheme } from './printTypes';

export type { MermaidOptions, MermaidOutput, PrintEdge, PrintGroup, PrintNode, Printable, PrintScheme } from './printTypes';
export { DEFAULT_MAX_EDGES, DEFAULT_MAX_TEXT, DEFAULT_SCHEME } from './printTypes';

export function toMermaid(graph: Printable, opts: MermaidOptions = {}): MermaidOutput {
  const maxText = opts.maxTextSize ?? DEFAULT_MAX_TEXT;
  const maxEdges = opts.maxEdges ?? DEFAULT_MAX_EDGES;
  const ctx = prepare(graph, opts.scheme ?? DEFAULT_SCHEME);
  // trial prints that would not fit stop early and come back undefined (no text joined for nothing)
  const bound: Bound = { maxText, maxEdges };
  const base = [...(opts.fold ?? [])].filter((k) => ctx.byKey.has(k));
  const full = render(ctx, opts, new Set(base), undefined, bound);
  if (full) return full;

  // fold the biggest leaf groups first (namespaces before the cluster around them), doubling how many
  const leaves = ctx.groups.filter((g) => !ctx.groups.some((c) => c.parent === g.id));
  leaves.sort((a, b) => (ctx.size.get(b.id) ?? 0) - (ctx.size.get(a.id) ?? 0) || cmp(a.id, b.id));
  const foldTop = (k: number) => render(ctx, opts, new Set([...base, ...leaves.slice(0, k).map((g) => g.id)]), undefined, bound);
  let fitting: MermaidOutput | undefined;
  let lo = 0,
    hi = 0;
  for (let k = 1; ; k *= 2) {
    const out = foldTop(Math.min(k, leaves.length));
    if (out) {
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
      if (out) {
        fitting = out;
        hi = mid;
      } else lo = mid;
    }
    return fitting;
  }
  const all = new Set(ctx.groups.map((g) => g.id));
  const folded = render(ctx, opts, all, undefined, bound);
  if (folded) return folded;
  // still too big (thousands of ungrouped nodes): show a prefix and say how much is hidden
  for (let keep = Math.floor(ctx.graph.nodes.length / 2); ; keep = Math.floor(keep / 2)) {
    // the last try is printed whether it fits or not
    const limit = { keepNodes: keep, maxEdges };
    const out =
      keep === 0 ? render(ctx, { ...opts, legend: false }, all, limit) : render(ctx, { ...opts, legend: false }, all, limit, bound);
    if (out) return out;
  }
}

interface Prepared {
  graph: Printable;
  /** copies: a missing or looping parent is cut here, not in the caller's data */
  groups: PrintGroup[];
  byKey: Map<string, PrintGroup>;
  /** nodes under a group, nested groups included */
  size: Map<string, number>;
  nodeIds: Map<string, string>;
  groupIds: Map<string, string>;
  foldIds: Map<string, string>;
  scheme: PrintScheme;
  /**
   * Each visible node's line and each edge's arrow, made once per toMermaid call: a diagram too big
   * for Mermaid is printed several times with more groups folded, and these do not depend on the fold.
   */
  nodeLines: Map<PrintNode, string>;
  edgeArrows: Map<PrintEdge, string>;
}

function prepare(graph: Printable, scheme: PrintScheme): Prepared {
  const byKey = new Map(graph.groups.map((g) => [g.id, { id: g.id, label: g.label, parent: g.parent }]));
  // a node may name a group nobody declared (defensive): give it a plain one
  for (const n of graph.nodes) if (n.group && !byKey.has(n.group)) byKey.set(n.group, { id: n.group, label: n.group, parent: undefined });
  for (const g of byKey.values()) if (g.parent && !byKey.has(g.parent)) g.parent = undefined;
  // a parent chain that loops would never end: cut it
  for (const g of byKey.values()) {
    const seen = new Set([g.id]);
    for (let p = g.parent; p; p = byKey.get(p)?.parent) {
      if (seen.has(p)) {
        g.parent = undefined;
        break;
      }
      seen.add(p);
    }
  }
  const groups = [...byKey.values()].sort((a, b) => cmp(a.id, b.id));
  const size = new Map<string, number>();
  for (const n of graph.nodes) for (const k of chain(byKey, n.group)) size.set(k, (size.get(k) ?? 0) + 1);
  return {
    graph,
    groups,
    byKey,
    size,
    nodeIds: scheme.ids(
      'n_',
      graph.nodes.map((n) => n.id),
    ),
    groupIds: scheme.ids(
      'g_',
      groups.map((g) => g.id),
    ),
    foldIds: scheme.ids(
      'c_',
      groups.map((g) => g.id),
    ),
    scheme,
    nodeLines: new Map(),
    edgeArrows: new Map(),
  };
}

/** the group and its ancestors, innermost first */
function chain(byKey: Map<string, PrintGroup>, key: string | undefined): string[] {
  const out: string[] = [];
  for (let k = key; k; k = byKey.get(k)?.parent) out.push(k);
  return out;
}

interface Limit {
  keepNodes: number;
  maxEdges: number;
}

/** Mermaid's limits: a print that would pass either is not wanted */
interface Bound {
  maxText: number;
  maxEdges: number;
}

function render(p: Prepared, opts: MermaidOptions, fold: Set<string>, limit: Limit | undefined, bound: Bound): MermaidOutput | undefined;
function render(p: Prepared, opts: MermaidOptions, fold: Set<string>, limit: Limit): MermaidOutput;
/** With `bound`, undefined as soon as the print is known to pass it. */
function render(p: Prepared, opts: MermaidOptions, fold: Set<string>, limit?: Limit, bound?: Bound): MermaidOutput | undefined {
  const { graph, byKey } = p;
  const ids: Record<string, PrintedRef> = {};
  /** outermost folded group holding a group (undefined when it is visible); asked once per node and group */
  const foldedMemo = new Map<string | undefined, string | undefined>();
  const foldedBy = (key: string | undefined): string | undefined => {
    if (foldedMemo.has(key)) return foldedMemo.get(key);
    let hit: string | undefined;
    for (let k = key; k; k = byKey.get(k)?.parent) if (fold.has(k)) hit = k;
    foldedMemo.set(key, hit);
    return hit;
  };

  // what each graph node becomes: itself, a folded group, or nothing (truncated)
  const shown = new Map<string, string>();
  const visible: PrintNode[] = [];
  const folds = new Map<string, PrintNode[]>();
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
  const edges: { from: string; to: string; e: PrintEdge; merged: boolean }[] = [];
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
    edges.push({ from, to, e, merged });
  }
  if (bound && edges.length > bound.maxEdges) return undefined;

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
    ids[id] = { node: n.id };
    place(n.group, nodeLine(p, opts, n, id));
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
    ids[id] = { group: key, folded: true };
    const problems = list.reduce((s, n) => s + n.problems.length, 0);
    let lines = [`${g.label}: ${list.length} resource${list.length === 1 ? '' : 's'}`];
    if (problems) lines.push(`⚠ ${problems} problem${problems === 1 ? '' : 's'}`);
    if (opts.foldLines) lines = opts.foldLines(g, list);
    lines[0] = (opts.prefix?.('collapsed') ?? '') + lines[0];
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
  if (!visible.length && !folds.size) out.push(`  empty["${escapeLabel(opts.emptyText ?? 'No ECS or Kubernetes resources found')}"]`);
  // subgraphs: a visible group prints when something visible sits inside it
  const children = new Map<string | undefined, PrintGroup[]>();
  for (const g of p.groups) if (!foldedBy(g.id)) push(children, g.parent, g);
  const hasContent = (key: string): boolean => !!inGroup.get(key)?.length || (children.get(key) ?? []).some((c) => hasContent(c.id));
  const printGroup = (g: PrintGroup, indent: string) => {
    if (!hasContent(g.id)) return;
    const id = p.groupIds.get(g.id)!;
    ids[id] = { group: g.id };
    out.push(`${indent}subgraph ${id}["${escapeLabel(g.label)}"]`);
    for (const c of children.get(g.id) ?? []) printGroup(c, indent + '  ');
    for (const line of inGroup.get(g.id) ?? []) out.push(indent + '  ' + line);
    out.push(`${indent}end`);
  };
  for (const g of children.get(undefined) ?? []) printGroup(g, '  ');
  for (const line of inGroup.get(undefined) ?? []) out.push('  ' + line);

  for (const { from, to, e, merged } of edges) out.push(`  ${from} ${merged ? p.scheme.arrow(e.kind) : edgeArrow(p, e)} ${to}`);

  const legend = opts.legend !== false && kinds.size > 0;
  if (legend) {
    out.push('  subgraph legend["Legend"]');
    for (const k of [...kinds].sort())
      out.push(`    lg_${kindClass(k)}${shapeText(KIND_STYLE[k].shape, escapeLabel(KIND_STYLE[k].legend))}`);
    if (anyMissing) out.push(`    lg_missing["${escapeLabel(STATE_STYLE.missing.legend)}"]`);
    if (anyProblem) out.push(`    lg_problem["${escapeLabel(STATE_STYLE.problem.legend)}"]`);
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
  if (bound) {
    // the joined text's length, without joining: each line and its line break
    let length = out.length;
    for (const line of out) length += line.length;
    if (length > bound.maxText) return undefined;
  }
  return {
    text: out.join('\n') + '\n',
    ids,
    collapsed: fold.size > (opts.fold ? [...opts.fold].filter((k) => byKey.has(k)).length : 0) || !!limit,
    nodeCount: visible.length + folds.size,
    edgeCount: edges.length,
  };
}

/** a visible node's line: its id, shape and label (name, missing, problem count) */
function nodeLine(p: Prepared, opts: MermaidOptions, n: PrintNode, id: string): string {
  let line = p.nodeLines.get(n);
  if (line === undefined) {
    const lines = [(opts.prefix?.(n.kind) ?? '') + n.label];
    if (n.missing) lines.push('not in the workspace');
    if (n.problems.length) lines.push(`⚠ ${n.problems.length} problem${n.problems.length === 1 ? '' : 's'}`);
    line = `${id}${shapeText(KIND_STYLE[n.kind].shape, labelLines(lines))}`;
    p.nodeLines.set(n, line);
  }
  return line;
}

/** an edge's arrow with its label (merged edges print the arrow alone) */
function edgeArrow(p: Prepared, e: PrintEdge): string {
  let a = p.edgeArrows.get(e);
  if (a === undefined) {
    a = `${p.scheme.arrow(e.kind)}${e.label ? `|"${escapeLabel(e.label, 60)}"|` : ''}`;
    p.edgeArrows.set(e, a);
  }
  return a;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** code-unit order, not locale order: the same on every machine */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
