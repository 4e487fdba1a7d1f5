/**
 * The diagram webview: receives a DiagramResult, works out the level to show from its outline
 * (overview, one group in detail, a file's neighbourhood; shared/src/view), prints it with the
 * shared printer and draws that with Mermaid, and turns clicks and keys on drawn elements into
 * "open this source" messages or a drill-down. Runs in the browser under a CSP that allows only
 * this script (by nonce); no data arrives except by message.
 */
import './style.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-multi-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import type { FromWebview, ToWebview, WebviewState, MermaidTheme, DiagramResult, DiagramLayout } from '../../../shared/src/messages';
import { describer, type Described } from '../../../shared/src/outline';
import { groupList } from '../../../shared/src/view/filter';
import { MAX_SHOWN_LABEL } from '../../../shared/src/view/shorten';
import { adjacency, crumbs, sameMode, viewOf, type View, type ViewMode } from '../../../shared/src/view/view';
import { errorText, LABEL_PX, render } from './render';
import { Viewport } from './viewport';
import { tagNodes, kindName, fileName } from './nodes';
import { fillLegend } from './legend';
import { glyphPrefix } from './glyphs';
import { nextNode } from './keys';
import { boxIn, union, type Box } from './box';
import { Search } from './search';
import { wireTooltip } from './tooltip';
import { svgForExport } from './exportSvg';

interface VsCodeApi {
  postMessage(m: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(s: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** on Fit, a picture whose labels would come out smaller than this switches to the overview */
const MIN_FIT_PX = 8;

type Select = HTMLElement & { value: string; disabled: boolean };
type MultiSelect = HTMLElement & { value: string[] };

const vscode = acquireVsCodeApi();
const state: WebviewState = { ...(vscode.getState() ?? {}) };
const save = () => vscode.setState(state);
const post = (m: FromWebview) => vscode.postMessage(m);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  crumbs: $('crumbs'),
  levelToggle: $('level-toggle'),
  search: $<HTMLElement & { value: string }>('search'),
  searchCount: $('search-count'),
  group: $<Select>('group'),
  kinds: $<MultiSelect>('kinds'),
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
/** where the next drawing goes: 'start' = 100 % at its start (or its focus), 'fit' = Fit, 'keep' = as it was */
let placeNext: 'start' | 'fit' | 'keep' = state.view ? 'keep' : 'start';
if (state.view) viewport.set(state.view);
if (state.search) ui.search.value = state.search;
// the legend starts folded: open it covers nodes (the glyphs and shapes say most of it); the user's choice sticks
const legendBox = $<HTMLDetailsElement>('legend');
legendBox.open = state.legendOpen ?? false;
legendBox.addEventListener('toggle', () => {
  state.legendOpen = legendBox.open;
  save();
});

let current: { seq: number; result: DiagramResult; theme: MermaidTheme; layout: DiagramLayout; focusLabel?: string } | undefined;
/** what is drawn now: the view, and what each printed id stands for */
let shown: { view: View; lookup: (printedId: string) => Described | undefined; links: Map<string, Set<string>> } | undefined;
let tagged = new Map<string, Element>();

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
  } else if (m.type === 'getSvg')
    post({ type: 'svg', requestId: m.requestId, ...svgForExport(ui.canvas, document.body.dataset.state === 'drawing') });
});

const mode = (): ViewMode => state.mode ?? { kind: 'overview' };

function onRender(m: Extract<ToWebview, { type: 'render' }>): void {
  const o = m.result?.outline;
  if (!Array.isArray(o?.nodes) || !Array.isArray(o.edges) || !Array.isArray(o.groups)) {
    failed(m.seq, 'The diagram could not be drawn: the message holds no outline.', 0);
    return;
  }
  current = { seq: m.seq, result: m.result, theme: m.theme, layout: m.layout === 'elk' ? 'elk' : 'dagre', focusLabel: m.focus?.label };
  // for tests and the bench: when the newest diagram arrived (epoch ms)
  document.body.dataset.receivedAt = String(Date.now());
  document.body.dataset.received = String(Number(document.body.dataset.received ?? 0) + 1);
  // a new "show this file" request: its neighbourhood, at 100 %; redraws after edits keep the level
  if (m.focus && m.focus.id !== state.focusId) {
    state.focusId = m.focus.id;
    // an empty uri: the palette's command on an open panel, back to the overview
    state.mode = m.focus.uri ? { kind: 'focus', uri: m.focus.uri } : { kind: 'overview' };
    placeNext = 'start';
  }
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
  const first = document.createElement('vscode-option');
  first.setAttribute('value', '');
  first.textContent = 'Overview';
  const options = [first];
  for (const g of groups) {
    const o = document.createElement('vscode-option');
    o.setAttribute('value', g.id);
    o.textContent = '\u00a0\u00a0'.repeat(g.depth) + g.label;
    options.push(o);
  }
  ui.group.replaceChildren(...options);
  ui.group.disabled = groups.length === 0;
}

function fillKinds(result: DiagramResult): void {
  const kinds: string[] = [...new Set(result.outline.nodes.map((n) => n.kind))].sort();
  const hidden = new Set(state.hiddenKinds ?? []);
  state.hiddenKinds = [...hidden].filter((k) => kinds.includes(k));
  ui.kinds.replaceChildren(
    ...kinds.map((k) => {
      const o = document.createElement('vscode-option');
      o.setAttribute('value', k);
      if (!hidden.has(k)) o.setAttribute('selected', '');
      o.textContent = kindName(k);
      return o;
    }),
  );
}

/** show another level (breadcrumb, drill-down, picker, Fit falling back to the overview) */
function go(next: ViewMode, place: 'start' | 'fit' = 'start'): void {
  state.mode = next;
  placeNext = place;
  save();
  void draw();
}

async function draw(): Promise<void> {
  if (!current) return;
  const { seq, result, theme, layout } = current;
  let view: View;
  try {
    view = viewOf(result.outline, {
      mode: mode(),
      hiddenKinds: new Set(state.hiddenKinds ?? []),
      direction: result.direction,
      placeShared: true,
      maxLabel: MAX_SHOWN_LABEL,
      prefix: glyphPrefix,
    });
  } catch (e) {
    // a message we cannot print from (it came over postMessage): say so, keep the last picture
    failed(seq, `The diagram could not be drawn: ${errorText(e)}`, 0);
    return;
  }
  if (!sameMode(view.mode, mode())) state.mode = view.mode;
  post({ type: 'view', mode: view.mode, hiddenKinds: state.hiddenKinds ?? [] });
  fillCrumbs(result, view);
  document.body.dataset.state = 'drawing';
  document.body.dataset.mode = view.mode.kind;
  const out = await render(view.text, theme, layout);
  if (!out.ok && 'stale' in out) return;
  if (!out.ok) {
    failed(seq, `The diagram could not be drawn. Mermaid says: ${out.error}`, out.ms);
    return;
  }
  showMessage(undefined);
  // Mermaid's own output, sanitized by it (securityLevel strict); labels were escaped by the printer
  ui.canvas.innerHTML = out.svg;
  const svg = ui.canvas.querySelector('svg')!;
  const box = svg.viewBox.baseVal;
  svg.removeAttribute('style');
  if (box && box.width) {
    svg.setAttribute('width', String(Math.ceil(box.width)));
    svg.setAttribute('height', String(Math.ceil(box.height)));
  }
  // hover cards name the full outline entry (full names, not the shortened ones drawn)
  const describe = describer(result.outline);
  const describeView = describer(view.outline);
  const lookup = (id: string) => {
    if (!Object.prototype.hasOwnProperty.call(view.ids, id)) return undefined;
    const ref = view.ids[id];
    // a view-only group (account resources beside their user) is only in the view's outline
    return ('node' in ref || ref.folded ? describe(ref) : undefined) ?? describeView(ref);
  };
  shown = { view, lookup, links: adjacency(view) };
  tagged = tagNodes(svg, lookup);
  for (const id of view.own) tagged.get(id)?.classList.add('own');
  fillLegend(
    legendBox,
    [...tagged.keys()].flatMap((id) => lookup(id) ?? []),
  );
  applySearch(false);
  place(view);
  const { stats } = result;
  ui.status.textContent =
    (view.shown < view.total ? `${view.shown} of ${view.total} resources shown` : `${stats.nodes} resources, ${stats.edges} links`) +
    (view.collapsed ? ' (large groups folded: click one to see it)' : '');
  document.body.dataset.state = 'rendered';
  document.body.dataset.seq = String(seq);
  document.body.dataset.renderMs = String(Math.round(out.ms));
  post({ type: 'rendered', seq, ok: true, nodes: tagged.size, ms: Math.round(out.ms) });
}

function place(view: View): void {
  const how = placeNext;
  placeNext = 'keep';
  if (how === 'fit') return fitOrOverview();
  if (how === 'keep') return viewport.set(viewport.view);
  // 100 %: labels at their real size; a picture larger than the window scrolls
  const own = view.own.flatMap((id) => tagged.get(id) ?? []);
  if (own.length) return viewport.showAtActualSize(own.map(canvasBox).reduce(union));
  viewport.showAtActualSize();
}

/** Fit, unless the labels would shrink below 8 px: then the overview of this level, and Fit that */
function fitOrOverview(): void {
  const need = viewport.fitScale();
  const m = mode();
  if (need * LABEL_PX >= MIN_FIT_PX || m.kind === 'overview') {
    viewport.fit(MIN_FIT_PX / LABEL_PX);
    return;
  }
  const level = m.kind === 'focus' ? shown?.view.focusGroup : m.level;
  go({ kind: 'overview', ...(level ? { level } : {}) }, 'fit');
}

function fillCrumbs(result: DiagramResult, view: View): void {
  const list = crumbs(result.outline, view, current?.focusLabel ?? (view.mode.kind === 'focus' ? fileName(view.mode.uri) : undefined));
  const items = list.map((c, i) => {
    const last = i === list.length - 1;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'crumb';
    b.textContent = c.label;
    if (last) b.setAttribute('aria-current', 'page');
    b.addEventListener('click', () => go(c.mode));
    return b;
  });
  const sep = () => {
    const s = document.createElement('span');
    s.className = 'codicon codicon-chevron-right crumb-sep';
    s.setAttribute('aria-hidden', 'true');
    return s;
  };
  ui.crumbs.replaceChildren(...items.flatMap((b, i) => (i ? [sep(), b] : [b])));
  const m = view.mode;
  ui.levelToggle.hidden = m.kind === 'focus';
  const detail = m.kind === 'detail';
  const label = detail ? 'Show this level as an overview (one box per group)' : 'Show every resource of this level';
  ui.levelToggle.setAttribute('icon', detail ? 'collapse-all' : 'expand-all');
  ui.levelToggle.setAttribute('label', label);
  ui.levelToggle.setAttribute('title', label);
  ui.group.value = m.kind === 'focus' ? (view.focusGroup ?? '') : (m.level ?? '');
}

/** keep the last good picture under the message: one bad diagram should not blank the view */
function failed(seq: number, message: string, ms: number): void {
  showMessage(message);
  document.body.dataset.state = 'error';
  post({ type: 'rendered', seq, ok: false, nodes: 0, ms: Math.round(ms), error: message });
}

const canvasBox = (el: Element): Box => boxIn(el, ui.canvas, viewport.view.scale);

// ---------------------------------------------------------------- search

const search = new Search(ui.canvas, ui.searchCount, (el) => viewport.centerOn(canvasBox(el)));
const applySearch = (jump: boolean) => search.apply(shown?.view, tagged, state.search ?? '', jump);
ui.search.addEventListener('input', () => {
  state.search = ui.search.value;
  save();
  applySearch(true);
});
ui.search.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    search.next();
  }
});

// ---------------------------------------------------------------- levels, filters and buttons

ui.group.addEventListener('change', () => {
  const id = ui.group.value;
  go(id ? { kind: 'detail', level: id } : { kind: 'overview' });
});
ui.kinds.addEventListener('change', () => {
  const all = Array.from(ui.kinds.querySelectorAll('vscode-option')).map((o) => o.getAttribute('value') ?? '');
  const shownKinds = new Set(ui.kinds.value);
  state.hiddenKinds = all.filter((k) => !shownKinds.has(k));
  save();
  void draw();
});
ui.levelToggle.addEventListener('click', () => {
  const m = mode();
  if (m.kind === 'focus') return;
  go({ kind: m.kind === 'detail' ? 'overview' : 'detail', ...(m.level ? { level: m.level } : {}) });
});
$('zoom-in').addEventListener('click', () => viewport.zoomBy(1.25));
$('zoom-out').addEventListener('click', () => viewport.zoomBy(0.8));
$('fit').addEventListener('click', () => fitOrOverview());
$('actual').addEventListener('click', () => viewport.actualSize());
$('copy').addEventListener('click', () => post({ type: 'command', command: 'copyMermaid' }));
$('export').addEventListener('click', () => post({ type: 'command', command: 'export' }));
ui.showAll.addEventListener('click', () => post({ type: 'command', command: 'showAll' }));
viewport.onFitKey = () => fitOrOverview();

// ---------------------------------------------------------------- nodes: open or drill down, hover, keys

const nodeAt = (t: EventTarget | null) => (t instanceof Element ? t.closest('[data-node]') : null);

function open(el: Element): void {
  const id = el.getAttribute('data-node');
  if (!id || !shown) return;
  const ref = shown.view.ids[id];
  // an overview box opens its group; a node (or a group's title) opens its source
  if (ref && 'group' in ref && ref.folded) return go({ kind: 'detail', level: ref.group });
  if (shown.lookup(id)?.sources.length) post({ type: 'open', target: ref });
}

ui.canvas.addEventListener('click', (e) => {
  const el = nodeAt(e.target);
  if (el) open(el);
});
ui.canvas.addEventListener('keydown', (e) => {
  const el = nodeAt(e.target);
  if (!el || !shown) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    open(el);
    return;
  }
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
  // on a node the arrows move to a neighbour (the viewport's own arrows pan)
  e.preventDefault();
  e.stopPropagation();
  const from = el.getAttribute('data-node')!;
  const boxes = new Map([...tagged].map(([id, n]) => [id, canvasBox(n)]));
  const to = nextNode(from, e.key as 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', boxes, shown.links.get(from));
  const target = to ? tagged.get(to) : undefined;
  if (!target) return;
  (target as HTMLElement | SVGElement).focus({ preventScroll: true });
});
// Tab (or the arrows) onto a node outside the window brings it in
ui.canvas.addEventListener('focusin', (e) => {
  const el = nodeAt(e.target);
  if (el) viewport.ensureVisible(canvasBox(el));
});
wireTooltip(ui.canvas, ui.viewport, ui.tooltip, (id) => shown?.lookup(id));

post({ type: 'ready' });
