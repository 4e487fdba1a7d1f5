/**
 * Finds the printed ids in Mermaid's SVG. Mermaid names a node's element `<svgId>-flowchart-<id>-<n>`
 * and a subgraph's `<svgId>-<id>`; we keep only ids our own print returned (View.ids), so nothing
 * clickable comes from anywhere else, and tag them `data-node` for clicks, hovers, search.
 */
import type { Described, PrintedRef } from '../../../shared/src/outline';
import { kindName } from '../../../shared/src/style';

export { kindName };

export function nodeIdOf(elementId: string, svgId: string): string | undefined {
  const prefix = `${svgId}-flowchart-`;
  if (elementId.startsWith(prefix)) return elementId.slice(prefix.length).replace(/-\d+$/, '');
  if (elementId.startsWith(`${svgId}-`)) return elementId.slice(svgId.length + 1);
  return undefined;
}

/** what a printed id stands for, described from the outline; undefined for ids we did not print */
export type Lookup = (printedId: string) => Described | undefined;

/** tags nodes and subgraph titles with `data-node`; returns printed id → element */
export function tagNodes(svg: SVGSVGElement, lookup: Lookup): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const el of Array.from(svg.querySelectorAll('g.node'))) {
    const id = nodeIdOf(el.id, svg.id);
    const info = id ? lookup(id) : undefined;
    if (!id || !info) continue;
    el.setAttribute('data-node', id);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', ariaLabel(info));
    if (info.problems.length) el.classList.add('has-problems');
    found.set(id, el);
  }
  for (const el of Array.from(svg.querySelectorAll('g.cluster'))) {
    const id = nodeIdOf(el.id, svg.id);
    if (!id || !lookup(id)?.sources.length) continue;
    const title = el.querySelector('.cluster-label') ?? el;
    title.setAttribute('data-node', id);
    title.classList.add('clickable');
  }
  return found;
}

/** what a screen reader says for a node: its kind, full name, state, and what Enter does */
export function ariaLabel(info: Described): string {
  const problems = info.problems.length ? `, ${info.problems.length} problem${info.problems.length === 1 ? '' : 's'}` : '';
  if (info.kind === 'collapsed')
    return `${info.label}: ${info.facts.filter((f) => /^\d+ × /.test(f)).join(', ')}${problems}. Enter shows it.`;
  const missing = info.missing ? ', not in the workspace' : '';
  // labels mostly start with their kind ("Service storefront"); say the kind when one does not
  const kind = kindName(info.kind, info.isGroup);
  const name = info.label.toLowerCase().startsWith(kind.toLowerCase()) ? info.label : `${info.label}, ${kind}`;
  return `${name}${missing}${problems}${info.sources.length ? '. Enter opens its source.' : ''}`;
}

export const fileName = (uri: string): string => {
  try {
    return decodeURIComponent(new URL(uri).pathname.split('/').pop() ?? uri);
  } catch {
    return uri;
  }
};

/** the hover card, built with textContent only: names come from user files */
export function fillTooltip(box: HTMLElement, info: Described): void {
  box.replaceChildren();
  const add = (tag: string, text: string, cls?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (cls) el.className = cls;
    box.appendChild(el);
    return el;
  };
  add('div', info.label, 'tt-title');
  add('div', kindName(info.kind, info.isGroup) + (info.missing ? ' · not in the workspace' : ''), 'tt-kind');
  if (info.facts.length) {
    const ul = add('ul', '', 'tt-facts');
    for (const f of info.facts.slice(0, 12)) {
      const li = document.createElement('li');
      li.textContent = f;
      ul.appendChild(li);
    }
  }
  if (info.problems.length) {
    const ul = add('ul', '', 'tt-problems');
    for (const p of info.problems.slice(0, 8)) {
      const li = document.createElement('li');
      li.textContent = p;
      ul.appendChild(li);
    }
    if (info.problems.length > 8) add('div', `and ${info.problems.length - 8} more problems`, 'tt-more');
  }
  if (info.kind === 'collapsed') {
    add('div', 'click to show what it holds', 'tt-source');
  } else if (info.sources.length) {
    const s = info.sources[0];
    const more = info.sources.length > 1 ? ` (+${info.sources.length - 1} more)` : '';
    add('div', `${fileName(s.uri)}:${s.range.start.line + 1}${more} · click to open`, 'tt-source');
  } else if (info.missing) {
    add('div', 'Referenced by another file; no definition here.', 'tt-source');
  }
}

/** printed ids whose label holds `query` (case-insensitive); nothing for a blank query */
export function matches(ids: Record<string, PrintedRef>, lookup: Lookup, query: string): Set<string> {
  const q = query.trim().toLowerCase();
  const out = new Set<string>();
  if (!q) return out;
  for (const id of Object.keys(ids)) if (lookup(id)?.label.toLowerCase().includes(q)) out.add(id);
  return out;
}
