/**
 * ArchitectureGraph → DiagramOutline, the form that travels to the view: offsets become line and
 * character ranges, text is cleaned and capped, and every group a node names exists.
 */
import type { DiagramOutline, OutlineGroup, SourceLocation } from '../../../../shared/src/outline';
import { cleanText } from '../../../../shared/src/mermaid/escape';
import type { WorkspaceIndex } from '../workspace';
import type { ArchitectureGraph, SourceSpan } from './model';

/** at most this many sources per node (a node merged from hundreds of documents) */
const MAX_SOURCES = 50;
const MAX_LABEL = 200;
const MAX_FACT = 300;

export function toOutline(ws: WorkspaceIndex, graph: ArchitectureGraph): DiagramOutline {
  const where = (spans: SourceSpan[]): SourceLocation[] =>
    spans.slice(0, MAX_SOURCES).flatMap((s) => {
      const file = ws.get(s.uri);
      if (!file) return [];
      const start = file.lines.positionAt(s.offset);
      const end = file.lines.positionAt(s.offset + s.length);
      return [
        {
          uri: s.uri,
          range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
        },
      ];
    });
  const groups: OutlineGroup[] = graph.groups.map((g) => ({
    id: g.key,
    kind: g.kind,
    label: cleanText(g.label, MAX_LABEL),
    ...(g.parent ? { parent: g.parent } : {}),
    sources: where(g.sources),
    facts: g.facts.map((f) => cleanText(f, MAX_FACT)),
  }));
  // a node may name a group nobody declared (defensive): give it a plain one, as the printer would
  const known = new Set(groups.map((g) => g.id));
  for (const n of graph.nodes)
    if (n.group && !known.has(n.group)) {
      known.add(n.group);
      groups.push({ id: n.group, kind: 'aws', label: cleanText(n.group, MAX_LABEL), sources: [], facts: [] });
    }
  groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: cleanText(n.label, MAX_LABEL),
      ...(n.group ? { group: n.group } : {}),
      sources: where(n.sources),
      facts: n.facts.map((f) => cleanText(f, MAX_FACT)),
      problems: [...n.problems],
      ...(n.missing ? { missing: true as const } : {}),
    })),
    edges: graph.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, ...(e.label ? { label: cleanText(e.label, MAX_LABEL) } : {}) })),
    groups,
  };
}
