/**
 * The legend, drawn as HTML beside the picture rather than as a Mermaid subgraph: a tall legend
 * column made the layout (and so the fitted picture) much larger than the architecture itself.
 * Colours are the shared style table's; set through the style object, which the CSP allows.
 */
import type { Described } from '../../../shared/src/outline';
import { STATE_STYLE, styleOf } from '../../../shared/src/style';
import { glyphName } from './glyphs';

/** `drawn`: what is drawn now (a filter may hide some kinds), groups' boxes included */
export function fillLegend(box: HTMLElement, drawn: readonly Described[]): void {
  const list = box.querySelector('.legend-items') ?? box;
  list.replaceChildren();
  // nodes and folded groups have a kind's colours; a group's box has none
  const shown = drawn.filter((d) => !d.isGroup || d.kind === 'collapsed');
  const kinds = [...new Set(shown.map((d) => d.kind))]
    .flatMap((k) => {
      const s = styleOf(k);
      return s ? [{ ...s, kind: k }] : [];
    })
    .sort((a, b) => a.legend.localeCompare(b.legend));
  const item = (text: string, fill: string, stroke: string, extra?: (s: HTMLElement) => void, kind?: string) => {
    const row = document.createElement('div');
    row.className = 'legend-item';
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = fill;
    sw.style.borderColor = stroke;
    extra?.(sw);
    if (kind) {
      const glyph = document.createElement('span');
      glyph.className = `codicon codicon-${glyphName(kind)}`;
      glyph.setAttribute('aria-hidden', 'true');
      sw.appendChild(glyph);
    }
    const label = document.createElement('span');
    label.textContent = text;
    row.append(sw, label);
    list.appendChild(row);
  };
  for (const s of kinds) item(s.legend, s.fill, s.stroke, undefined, s.kind);
  if (shown.some((d) => d.missing))
    item(STATE_STYLE.missing.legend, STATE_STYLE.missing.fill, STATE_STYLE.missing.stroke, (s) => {
      s.style.borderStyle = 'dashed';
    });
  if (shown.some((d) => d.problems.length))
    item(STATE_STYLE.problem.legend, 'transparent', STATE_STYLE.problem.stroke, (s) => {
      s.style.borderWidth = '3px';
    });
  box.hidden = kinds.length === 0;
}
