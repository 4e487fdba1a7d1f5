/** Boxes in canvas coordinates (before our zoom): where a node is, for keys, Fit and search. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** an element's box relative to the canvas, undoing the zoom `scale` */
export function boxIn(el: Element, canvas: Element, scale: number): Box {
  const r = el.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  return { x: (r.left - c.left) / scale, y: (r.top - c.top) / scale, width: r.width / scale, height: r.height / scale };
}

/** the smallest box holding both */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x),
    y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
