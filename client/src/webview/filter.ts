/**
 * Filters the Mermaid text the core printed, line by line: keep one cluster/namespace (plus the
 * nodes linked to it, for context) and/or drop whole kinds. The core's format is ours and
 * line-oriented (one node, edge, subgraph or class statement per line), so a filter only removes
 * lines; it never writes a label, so it cannot undo the core's escaping. Pure: unit-tested in Node.
 */

export type Line =
  | { kind: 'subgraph'; id: string; text: string }
  | { kind: 'end'; text: string }
  | { kind: 'node'; id: string; text: string }
  | { kind: 'edge'; from: string; to: string; text: string }
  | { kind: 'class'; ids: string[]; cls: string; text: string }
  | { kind: 'other'; text: string };

export interface Outline {
  lines: Line[];
  /** subgraph id → enclosing subgraph id (undefined at top level), in order of appearance */
  groups: Map<string, string | undefined>;
  /** node id → innermost subgraph id */
  nodeGroup: Map<string, string | undefined>;
  /** node id → ids linked to it by an edge, either way */
  links: Map<string, Set<string>>;
}

const ID = '[A-Za-z0-9_]+';
const SUBGRAPH = new RegExp(`^\\s*subgraph\\s+(${ID})`);
const END = /^\s*end\s*$/;
const CLASS = new RegExp(`^\\s*class\\s+(${ID}(?:,${ID})*)\\s+(${ID})\\s*$`);
const EDGE = new RegExp(`^\\s*(${ID})\\s+(?:-->|==>|-\\.->)(?:\\|"[^"]*"\\|)?\\s+(${ID})\\s*$`);
const NODE = new RegExp(`^\\s*(${ID})\\s*[[({>]`);

export const LEGEND = 'legend';

export function parseOutline(text: string): Outline {
  const lines: Line[] = [];
  const groups = new Map<string, string | undefined>();
  const nodeGroup = new Map<string, string | undefined>();
  const links = new Map<string, Set<string>>();
  const stack: string[] = [];
  const link = (a: string, b: string) => {
    let s = links.get(a);
    if (!s) links.set(a, (s = new Set()));
    s.add(b);
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let m: RegExpMatchArray | null;
    if ((m = SUBGRAPH.exec(line))) {
      groups.set(m[1], stack[stack.length - 1]);
      stack.push(m[1]);
      lines.push({ kind: 'subgraph', id: m[1], text: line });
    } else if (END.test(line)) {
      stack.pop();
      lines.push({ kind: 'end', text: line });
    } else if ((m = CLASS.exec(line))) {
      lines.push({ kind: 'class', ids: m[1].split(','), cls: m[2], text: line });
    } else if (/^\s*classDef\s/.test(line)) {
      lines.push({ kind: 'other', text: line });
    } else if ((m = EDGE.exec(line))) {
      link(m[1], m[2]);
      link(m[2], m[1]);
      lines.push({ kind: 'edge', from: m[1], to: m[2], text: line });
    } else if ((m = NODE.exec(line))) {
      nodeGroup.set(m[1], stack[stack.length - 1]);
      lines.push({ kind: 'node', id: m[1], text: line });
    } else {
      lines.push({ kind: 'other', text: line });
    }
  }
  return { lines, groups, nodeGroup, links };
}

/** the subgraph and all its ancestors */
function ancestors(o: Outline, group: string | undefined): string[] {
  const out: string[] = [];
  for (let g = group; g !== undefined && !out.includes(g); g = o.groups.get(g)) out.push(g);
  return out;
}

export interface FilterOptions {
  /** a subgraph id: keep what is inside it and what links to it */
  group?: string;
  /** node kinds to drop */
  hiddenKinds?: ReadonlySet<string>;
  /** false: drop the legend subgraph (the webview shows its own, outside the drawing) */
  legend?: boolean;
}

export interface Filtered {
  text: string;
  shown: number;
  total: number;
}

/**
 * `kindOf` gives a node id's kind (from DiagramResult.nodes); ids it does not know (the legend,
 * the "nothing found" node) are kept.
 */
export function filterText(text: string, opts: FilterOptions, kindOf: (id: string) => string | undefined): Filtered {
  const o = parseOutline(text);
  const hidden = opts.hiddenKinds ?? new Set<string>();
  const ours = [...o.nodeGroup.keys()].filter((id) => kindOf(id) !== undefined);
  const legendOn = opts.legend !== false;
  if (!opts.group && !hidden.size && legendOn) return { text, shown: ours.length, total: ours.length };

  const kindOk = (id: string) => {
    const k = kindOf(id);
    return k === undefined || !hidden.has(k);
  };
  const inGroup = (id: string) => !opts.group || ancestors(o, o.nodeGroup.get(id)).includes(opts.group);
  const keep = new Set<string>();
  for (const id of o.nodeGroup.keys()) {
    const legend = ancestors(o, o.nodeGroup.get(id)).includes(LEGEND);
    if (legend) {
      if (legendOn) keep.add(id);
      continue;
    }
    if (kindOf(id) === undefined) {
      if (!opts.group) keep.add(id);
      continue;
    }
    if (kindOk(id) && inGroup(id)) keep.add(id);
  }
  if (opts.group) {
    // context: what the chosen group's nodes link to (roles, images, the cluster around a namespace)
    for (const id of [...keep]) {
      if (kindOf(id) === undefined || !inGroup(id)) continue;
      for (const other of o.links.get(id) ?? []) if (kindOk(other)) keep.add(other);
    }
  }
  const usedGroups = new Set<string>();
  for (const id of keep) for (const g of ancestors(o, o.nodeGroup.get(id))) usedGroups.add(g);

  const out: string[] = [];
  const skip: boolean[] = [];
  let shown = 0;
  for (const line of o.lines) {
    switch (line.kind) {
      case 'subgraph': {
        const on = usedGroups.has(line.id);
        skip.push(!on);
        if (on) out.push(line.text);
        break;
      }
      case 'end':
        if (!skip.pop()) out.push(line.text);
        break;
      case 'node':
        if (keep.has(line.id)) {
          out.push(line.text);
          if (kindOf(line.id) !== undefined) shown++;
        }
        break;
      case 'edge':
        if (keep.has(line.from) && keep.has(line.to)) out.push(line.text);
        break;
      case 'class': {
        const ids = line.ids.filter((id) => keep.has(id));
        if (ids.length) out.push(`  class ${ids.join(',')} ${line.cls}`);
        break;
      }
      default:
        out.push(line.text);
    }
  }
  if (!shown && out.length) out.splice(1, 0, '  nothing_shown["Nothing matches this filter"]');
  return { text: out.join('\n') + '\n', shown, total: ours.length };
}

/** subgraphs for the cluster/namespace picker: id and nesting depth, in diagram order, no legend */
export function groupList(text: string): { id: string; depth: number }[] {
  const o = parseOutline(text);
  return [...o.groups.keys()].filter((id) => id !== LEGEND).map((id) => ({ id, depth: ancestors(o, o.groups.get(id)).length }));
}
