/**
 * What one level of the diagram shows, from the outline: the overview (each cluster, namespace or
 * stack one box), one group in detail (a drill-down), or a file's neighbourhood; the kind filter
 * applies at every level. Printed by the shared printer, so the webview draws it and an export
 * saves the same text. The printer's ids and arrows are its own business: the view maps drawn
 * elements back through the ids it returns. Pure: unit-tested in Node.
 */
import type { NodeKind } from '../kinds';
import type { DiagramOutline, PrintedRef } from '../outline';
import { groupChain, parentMap } from '../outline';
import { toMermaid, type PrintGroup, type PrintNode, type PrintScheme } from '../mermaid/print';
import { filterOutline, type FilterOptions, type Filtered } from './filter';
import { neighbourhood, overviewFolds, placeShared } from './levels';
import { shortenMiddle } from './shorten';

export type ViewMode =
  /** `level`'s own nodes, its nested groups folded into one box each; at the top, every group one box */
  | { kind: 'overview'; level?: string }
  /** everything inside `level` (the whole workspace without one) and what links to it */
  | { kind: 'detail'; level?: string }
  /** a file's (or folder's, uri ending in `/`) neighbourhood */
  | { kind: 'focus'; uri: string };

export interface ViewOptions extends FilterOptions {
  /** without one: `detail` of `group` (the filter alone) */
  mode?: ViewMode;
  direction?: 'LR' | 'TB';
  scheme?: PrintScheme;
  /** print the legend subgraph (an export does; the webview draws its own) */
  legend?: boolean;
  /** move account resources one group uses beside it (placeShared) */
  placeShared?: boolean;
  /** shorten longer names in the middle (the full name stays in the outline, for hover cards) */
  maxLabel?: number;
  /** a node kind's glyph, put before its name */
  prefix?: (kind: NodeKind) => string;
}

export interface View extends Filtered {
  /** the mode drawn: a focus on a file that defines nothing drawn falls back to the overview */
  mode: ViewMode;
  /** Mermaid text to draw */
  text: string;
  /** Mermaid id → what it stands for */
  ids: Record<string, PrintedRef>;
  /** the printer folded groups to stay within Mermaid's limits (beyond what the overview folds) */
  collapsed: boolean;
  /** printed ids of the nodes the focused file defines */
  own: string[];
  /** the group a focused file's nodes sit in */
  focusGroup?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** an overview box: the group's name, how much it holds, its problems */
const foldLines = (g: PrintGroup, members: readonly PrintNode[]): string[] => {
  const problems = members.reduce((s, n) => s + n.problems.length, 0);
  return [g.label, plural(members.length, 'resource'), ...(problems ? [`⚠ ${plural(problems, 'problem')}`] : [])];
};

export function viewOf(o: DiagramOutline, opts: ViewOptions): View {
  let mode: ViewMode = opts.mode ?? { kind: 'detail', level: opts.group };
  const kinds = filterOutline(o, { hiddenKinds: opts.hiddenKinds });
  let part: DiagramOutline = kinds.outline;
  let fold: Set<string> | undefined;
  let own: string[] = [];
  let focusGroup: string | undefined;
  if (mode.kind === 'focus') {
    const nb = neighbourhood(part, mode.uri);
    if (nb) {
      part = nb.outline;
      own = nb.own;
      focusGroup = nb.group;
    } else mode = { kind: 'overview' };
  }
  if (mode.kind !== 'focus') {
    const wanted = mode.level;
    const level = wanted !== undefined && o.groups.some((g) => g.id === wanted) ? wanted : undefined;
    mode = { kind: mode.kind, ...(level !== undefined ? { level } : {}) };
    if (level !== undefined) part = filterOutline(part, { group: level }).outline;
    if (mode.kind === 'overview') fold = overviewFolds(part, level);
  }
  if (opts.placeShared && mode.kind !== 'overview') part = placeShared(part);
  const max = opts.maxLabel;
  const printed = toMermaid(max ? { ...part, nodes: part.nodes.map((n) => ({ ...n, label: shortenMiddle(n.label, max) })) } : part, {
    direction: opts.direction,
    legend: opts.legend ?? false,
    scheme: opts.scheme,
    emptyText: kinds.total ? 'Nothing matches this filter' : undefined,
    fold,
    foldLines: fold ? foldLines : undefined,
    prefix: opts.prefix,
  });
  const printedOf = new Map(Object.entries(printed.ids).flatMap(([id, ref]) => ('node' in ref ? [[ref.node, id] as const] : [])));
  return {
    outline: part,
    shown: part.nodes.length,
    total: o.nodes.length,
    mode,
    text: printed.text,
    ids: printed.ids,
    collapsed: printed.collapsed,
    own: own.flatMap((id) => printedOf.get(id) ?? []),
    ...(focusGroup ? { focusGroup } : {}),
  };
}

/** one step of the breadcrumb: what it says and the mode a click on it shows */
export interface Crumb {
  label: string;
  mode: ViewMode;
}

/** Overview › cluster › namespace [› file]: the way back up from what is shown */
export function crumbs(o: DiagramOutline, view: Pick<View, 'mode' | 'focusGroup'>, fileLabel?: string): Crumb[] {
  const out: Crumb[] = [{ label: 'Overview', mode: { kind: 'overview' } }];
  const m = view.mode;
  const level = m.kind === 'focus' ? view.focusGroup : m.level;
  const labels = new Map(o.groups.map((g) => [g.id, g.label]));
  for (const g of groupChain(parentMap(o), level).reverse()) out.push({ label: labels.get(g) ?? g, mode: { kind: 'detail', level: g } });
  if (m.kind === 'detail' && m.level === undefined) out.push({ label: 'Every resource', mode: m });
  if (m.kind === 'focus') out.push({ label: fileLabel ?? m.uri, mode: m });
  return out;
}

/** printed ids whose name holds `query` (case-insensitive): a node by its full name, an overview box by its own or a member's */
export function searchHits(view: Pick<View, 'outline' | 'ids'>, query: string): Set<string> {
  const q = query.trim().toLowerCase();
  const out = new Set<string>();
  if (!q) return out;
  const nodes = new Map(view.outline.nodes.map((n) => [n.id, n]));
  const groups = new Map(view.outline.groups.map((g) => [g.id, g]));
  const parents = parentMap(view.outline);
  const holds = new Set<string>();
  for (const n of view.outline.nodes) if (n.label.toLowerCase().includes(q)) for (const g of groupChain(parents, n.group)) holds.add(g);
  for (const [id, ref] of Object.entries(view.ids)) {
    if ('node' in ref) {
      if (nodes.get(ref.node)?.label.toLowerCase().includes(q)) out.add(id);
    } else if (ref.folded && (holds.has(ref.group) || groups.get(ref.group)?.label.toLowerCase().includes(q))) out.add(id);
  }
  return out;
}

export function sameMode(a: ViewMode, b: ViewMode): boolean {
  return a.kind === b.kind && (a.kind === 'focus' ? a.uri === (b as { uri: string }).uri : a.level === (b as { level?: string }).level);
}

/**
 * Which drawn elements an edge joins, by printed id, both ways: what the arrow keys move along. A
 * node inside a folded group is drawn as that group's box.
 */
export function adjacency(view: Pick<View, 'outline' | 'ids'>): Map<string, Set<string>> {
  const drawnAs = new Map<string, string>();
  const foldedAs = new Map<string, string>();
  for (const [id, ref] of Object.entries(view.ids)) {
    if ('node' in ref) drawnAs.set(ref.node, id);
    else if (ref.folded) foldedAs.set(ref.group, id);
  }
  const parents = parentMap(view.outline);
  for (const n of view.outline.nodes)
    if (!drawnAs.has(n.id)) {
      const box = groupChain(parents, n.group)
        .reverse()
        .find((g) => foldedAs.has(g));
      if (box) drawnAs.set(n.id, foldedAs.get(box)!);
    }
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = out.get(a) ?? new Set<string>();
    set.add(b);
    out.set(a, set);
  };
  for (const e of view.outline.edges) {
    const a = drawnAs.get(e.from),
      b = drawnAs.get(e.to);
    if (a && b && a !== b) {
      link(a, b);
      link(b, a);
    }
  }
  return out;
}
