/** The drawn SVG as a file: a copy without our interaction marks (ids, focus, search and state classes). */
export function svgForExport(canvas: HTMLElement, drawing: boolean): { svg?: string; error?: string } {
  const svg = canvas.querySelector('svg');
  if (!svg || drawing) return { error: 'The diagram is not drawn yet.' };
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of Array.from(copy.querySelectorAll('[data-node]'))) {
    el.removeAttribute('data-node');
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.classList.remove('match', 'has-problems', 'clickable', 'own');
  }
  return { svg: new XMLSerializer().serializeToString(copy) };
}
