/**
 * The diagram webview: receives a DiagramResult, filters its outline, prints what is left with the
 * shared printer and draws that with Mermaid, and turns clicks on drawn elements into "open this
 * source" messages naming an outline node or group. Runs in the browser under a CSP that
 * allows only this script (by nonce); no data arrives except by message.
 */
import './style.css';
import type { FromWebview, ToWebview, WebviewState, MermaidTheme, DiagramResult } from '../../../shared/src/messages';
import { describer, type Described } from '../../../shared/src/outline';
import { groupList, viewOf, type View } from './filter';
import { errorText, render } from './render';
import { Viewport } from './viewport';
import { tagNodes, fillTooltip, kindName, matches } from './nodes';
import { fillLegend } from './legend';

interface VsCodeApi {
  postMessage(m: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(s: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const state: WebviewState = { ...(vscode.getState() ?? {}) };
const save = () => vscode.setState(state);
const post = (m: FromWebview) => vscode.postMessage(m);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  search: $<HTMLInputElement>('search'),
  searchCount: $('search-count'),
  group: $<HTMLSelectElement>('group'),
  kinds: $<HTMLDetailsElement>('kinds'),
  kindList: $('kind-list'),
  zoomLevel: $('zoom-level'),
  status: $('status'),
  message: $('message'),
  viewport: $('viewport'),
  canvas: $('canvas'),
  tooltip: $('tooltip'),
  scope: $('scope'),
  showAll: $('show-all'),
};

const viewport = new Viewport(ui.viewport, ui.canvas, (v) => {
  state.view = { ...v };
  ui.zoomLevel.textContent = `${Math.round(v.scale * 100)}%`;
  save();
});
// a restored panel keeps where the user was; a new one fits the first drawing to the window
let fitNext = !state.view;
if (state.view) viewport.set(state.view);
if (state.search) ui.search.value = state.search;
// the legend starts folded where it would cover much of a narrow panel; the user's choice sticks
const legendBox = $<HTMLDetailsElement>('legend');
legendBox.open = state.legendOpen ?? window.innerWidth >= 1000;
legendBox.addEventListener('toggle', () => {
  state.legendOpen = legendBox.open;
  save();
});

let current: { seq: number; result: DiagramResult; theme: MermaidTheme } | undefined;
/** what is drawn now: the printed part of the outline, and what each printed id stands for */
let shown: { view: View; lookup: (printedId: string) => Described | undefined } | undefined;
let tagged = new Map<string, Element>();
let matchList: string[] = [];
let matchAt = -1;

function showMessage(text: string | undefined): void {
  ui.message.hidden = !text;
  ui.message.textContent = text ?? '';
}

window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ToWebview;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'render') onRender(m);
  else if (m.type === 'error') {
    showMessage(m.message);
    ui.status.textContent = '';
  } else if (m.type === 'getSvg') post({ type: 'svg', requestId: m.requestId, ...svgForExport() });
});

function onRender(m: Extract<ToWebview, { type: 'render' }>): void {
  const o = m.result?.outline;
  if (!Array.isArray(o?.nodes) || !Array.isArray(o.edges) || !Array.isArray(o.groups)) {
    failed(m.seq, 'The diagram could not be drawn: the message holds no outline.', 0);
    return;
  }
  current = { seq: m.seq, result: m.result, theme: m.theme };
  // for tests and the bench: when the newest diagram arrived (epoch ms)
  document.body.dataset.receivedAt = String(Date.now());
  document.body.dataset.received = String(Number(document.body.dataset.received ?? 0) + 1);
  state.scopeUri = m.scope?.uri;
  ui.scope.hidden = ui.showAll.hidden = !m.scope;
  ui.scope.textContent = m.scope ? `Showing: ${m.scope.label}` : '';
  fillGroups(m.result);
  fillKinds(m.result);
  save();
  void draw();
}

function fillGroups(result: DiagramResult): void {
  const groups = groupList(result.outline);
  if (state.group && !groups.some((g) => g.id === state.group)) state.group = undefined;
  const first = ui.group.options[0];
  ui.group.replaceChildren(first);
  for (const g of groups) {
    const o = document.createElement('option');
    o.value = g.id;
    o.textContent = '\u00a0\u00a0'.repeat(g.depth) + g.label;
    ui.group.appendChild(o);
  }
  ui.group.value = state.group ?? '';
  ui.group.disabled = groups.length === 0;
}

function fillKinds(result: DiagramResult): void {
  const kinds: string[] = [...new Set(result.outline.nodes.map((n) => n.kind))].sort();
  const hidden = new Set(state.hiddenKinds ?? []);
  ui.kindList.replaceChildren();
  for (const k of kinds) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(k);
    box.dataset.kind = k;
    label.append(box, document.createTextNode(` ${kindName(k)}`));
    ui.kindList.appendChild(label);
  }
  state.hiddenKinds = [...hidden].filter((k) => kinds.includes(k));
  ui.kinds.querySelector('summary')!.textContent = state.hiddenKinds.length ? `Kinds (${state.hiddenKinds.length} hidden)` : 'Kinds';
}

async function draw(): Promise<void> {
  if (!current) return;
  const { seq, result, theme } = current;
  let view: View;
  try {
    view = viewOf(result.outline, { group: state.group, hiddenKinds: new Set(state.hiddenKinds ?? []), direction: result.direction });
  } catch (e) {
    // a message we cannot print from (it came over postMessage): say so, keep the last picture
    failed(seq, `The diagram could not be drawn: ${errorText(e)}`, 0);
    return;
  }
  document.body.dataset.state = 'drawing';
  const out = await render(view.text, theme);
  if (!out.ok && 'stale' in out) return;
  if (!out.ok) {
    failed(seq, `The diagram could not be drawn. Mermaid says: ${out.error}`, out.ms);
    return;
  }
  showMessage(undefined);
  // Mermaid's own output, sanitized by it (securityLevel strict); labels were escaped by the core
  ui.canvas.innerHTML = out.svg;
  const svg = ui.canvas.querySelector('svg')!;
  const box = svg.viewBox.baseVal;
  svg.removeAttribute('style');
  if (box && box.width) {
    svg.setAttribute('width', String(Math.ceil(box.width)));
    svg.setAttribute('height', String(Math.ceil(box.height)));
  }
  const describe = describer(view.outline);
  const lookup = (id: string) => (Object.prototype.hasOwnProperty.call(view.ids, id) ? describe(view.ids[id]) : undefined);
  shown = { view, lookup };
  tagged = tagNodes(svg, lookup);
  fillLegend(
    legendBox,
    [...tagged.keys()].flatMap((id) => lookup(id) ?? []),
  );
  applySearch(false);
  if (fitNext) {
    viewport.fit();
    fitNext = false;
  } else viewport.set(viewport.view);
  const { stats } = result;
  ui.status.textContent =
    (view.shown < view.total ? `${view.shown} of ${view.total} shown · ` : '') +
    `${stats.nodes} resources, ${stats.edges} links${view.collapsed ? ' (large groups folded: pick one above to see it)' : ''}`;
  document.body.dataset.state = 'rendered';
  document.body.dataset.seq = String(seq);
  document.body.dataset.renderMs = String(Math.round(out.ms));
  post({ type: 'rendered', seq, ok: true, nodes: tagged.size, ms: Math.round(out.ms) });
}

/** keep the last good picture under the message: one bad diagram should not blank the view */
function failed(seq: number, message: string, ms: number): void {
  showMessage(message);
  document.body.dataset.state = 'error';
  post({ type: 'rendered', seq, ok: false, nodes: 0, ms: Math.round(ms), error: message });
}

// ---------------------------------------------------------------- search

function applySearch(jump: boolean): void {
  const q = state.search ?? '';
  const hits = shown ? matches(shown.view.ids, shown.lookup, q) : new Set<string>();
  matchList = [...tagged.keys()].filter((id) => hits.has(id));
  matchAt = -1;
  ui.canvas.classList.toggle('searching', !!q.trim());
  for (const [id, el] of tagged) el.classList.toggle('match', hits.has(id));
  ui.searchCount.textContent = q.trim() ? `${matchList.length} found` : '';
  if (jump && matchList.length) nextMatch();
}

function nextMatch(): void {
  if (!matchList.length) return;
  matchAt = (matchAt + 1) % matchList.length;
  const el = tagged.get(matchList[matchAt]);
  if (!el) return;
  // the node's box in canvas coordinates, before our zoom
  const r = el.getBoundingClientRect();
  const c = ui.canvas.getBoundingClientRect();
  const k = viewport.view.scale;
  const x = (r.left - c.left) / k,
    y = (r.top - c.top) / k,
    width = r.width / k,
    height = r.height / k;
  viewport.centerOn({ x, y, width, height });
  ui.searchCount.textContent = `${matchAt + 1} of ${matchList.length}`;
}

ui.search.addEventListener('input', () => {
  state.search = ui.search.value;
  save();
  applySearch(true);
});
ui.search.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    nextMatch();
  }
});

// ---------------------------------------------------------------- filters and buttons

ui.group.addEventListener('change', () => {
  state.group = ui.group.value || undefined;
  save();
  fitNext = true;
  void draw();
});
ui.kindList.addEventListener('change', () => {
  state.hiddenKinds = Array.from(ui.kindList.querySelectorAll<HTMLInputElement>('input[data-kind]'))
    .filter((b) => !b.checked)
    .map((b) => b.dataset.kind!);
  ui.kinds.querySelector('summary')!.textContent = state.hiddenKinds.length ? `Kinds (${state.hiddenKinds.length} hidden)` : 'Kinds';
  save();
  void draw();
});
// the kind list is a <details>: close it on a click elsewhere, as a menu would
document.addEventListener('pointerdown', (e) => {
  if (ui.kinds.open && !(e.target instanceof Node && ui.kinds.contains(e.target))) ui.kinds.open = false;
});
$('zoom-in').addEventListener('click', () => viewport.zoomBy(1.25));
$('zoom-out').addEventListener('click', () => viewport.zoomBy(0.8));
$('fit').addEventListener('click', () => viewport.fit());
$('actual').addEventListener('click', () => viewport.actualSize());
$('copy').addEventListener('click', () => post({ type: 'command', command: 'copyMermaid' }));
$('export').addEventListener('click', () => post({ type: 'command', command: 'export' }));
ui.showAll.addEventListener('click', () => post({ type: 'command', command: 'showAll' }));

// ---------------------------------------------------------------- nodes: open, hover

const nodeAt = (t: EventTarget | null) => (t instanceof Element ? t.closest('[data-node]') : null);

function open(el: Element): void {
  const id = el.getAttribute('data-node');
  if (id && shown?.lookup(id)?.sources.length) post({ type: 'open', target: shown.view.ids[id] });
}

ui.canvas.addEventListener('click', (e) => {
  const el = nodeAt(e.target);
  if (el) open(el);
});
ui.canvas.addEventListener('keydown', (e) => {
  const el = nodeAt(e.target);
  if (el && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    open(el);
  }
});
ui.canvas.addEventListener('mouseover', (e) => {
  const el = nodeAt(e.target);
  const id = el?.getAttribute('data-node');
  const info = id ? shown?.lookup(id) : undefined;
  if (!info) {
    ui.tooltip.hidden = true;
    return;
  }
  fillTooltip(ui.tooltip, info);
  ui.tooltip.hidden = false;
  place(e);
});
ui.canvas.addEventListener('mousemove', (e) => {
  if (!ui.tooltip.hidden) place(e);
});
ui.canvas.addEventListener('mouseleave', () => {
  ui.tooltip.hidden = true;
});
ui.viewport.addEventListener(
  'wheel',
  () => {
    ui.tooltip.hidden = true;
  },
  { passive: true },
);

function place(e: MouseEvent): void {
  const pad = 14;
  const w = ui.tooltip.offsetWidth,
    h = ui.tooltip.offsetHeight;
  const x = e.clientX + pad + w > window.innerWidth ? e.clientX - pad - w : e.clientX + pad;
  const y = e.clientY + pad + h > window.innerHeight ? Math.max(0, e.clientY - pad - h) : e.clientY + pad;
  ui.tooltip.style.left = `${Math.max(0, x)}px`;
  ui.tooltip.style.top = `${y}px`;
}

// ---------------------------------------------------------------- export

function svgForExport(): { svg?: string; error?: string } {
  const svg = ui.canvas.querySelector('svg');
  if (!svg || document.body.dataset.state === 'drawing') return { error: 'The diagram is not drawn yet.' };
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of Array.from(copy.querySelectorAll('[data-node]'))) {
    el.removeAttribute('data-node');
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.classList.remove('match', 'has-problems', 'clickable');
  }
  return { svg: new XMLSerializer().serializeToString(copy) };
}

post({ type: 'ready' });
