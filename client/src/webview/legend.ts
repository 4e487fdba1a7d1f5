/**
 * The legend, drawn as HTML beside the picture rather than as a Mermaid subgraph: a tall legend
 * column made the layout (and so the fitted picture) much larger than the architecture itself.
 * Colours are the core's (style.ts); set through the style object, which the CSP allows.
 */
import { KIND_STYLE } from '../../../server/src/core/graph/style';
import type { DiagramResult } from '../diagram/messages';

/** `shown`: the node ids drawn now (a filter may hide some kinds) */
export function fillLegend(box: HTMLElement, result: DiagramResult, shown: ReadonlySet<string>): void {
  const list = box.querySelector('.legend-items') ?? box;
  list.replaceChildren();
  const drawn = Object.entries(result.nodes).filter(([id]) => shown.has(id) && !id.startsWith('g_'));
  const kinds = [...new Set(drawn.map(([, n]) => n.kind))]
    .filter((k): k is keyof typeof KIND_STYLE => Object.prototype.hasOwnProperty.call(KIND_STYLE, k))
    .sort((a, b) => KIND_STYLE[a].legend.localeCompare(KIND_STYLE[b].legend));
  const item = (text: string, fill: string, stroke: string, extra?: (s: HTMLElement) => void) => {
    const row = document.createElement('div');
    row.className = 'legend-item';
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = fill;
    sw.style.borderColor = stroke;
    extra?.(sw);
    const label = document.createElement('span');
    label.textContent = text;
    row.append(sw, label);
    list.appendChild(row);
  };
  for (const k of kinds) item(KIND_STYLE[k].legend, KIND_STYLE[k].fill, KIND_STYLE[k].stroke);
  const all = drawn.map(([, n]) => n);
  if (all.some((n) => n.missing))
    item('referenced, not in the workspace', '#ffffff', '#9e9e9e', (s) => {
      s.style.borderStyle = 'dashed';
    });
  if (all.some((n) => n.problems.length))
    item('has errors or warnings', 'transparent', '#d32f2f', (s) => {
      s.style.borderWidth = '3px';
    });
  box.hidden = kinds.length === 0;
}
