/**
 * Arrow keys on a focused node: the neighbour (a node an edge joins it to) that lies most in that
 * direction; when no neighbour lies that way, the nearest node that does. Pure: boxes in, id out.
 */

import type { Box } from './box';

export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

export function nextNode(from: string, key: Arrow, boxes: ReadonlyMap<string, Box>, neighbours?: ReadonlySet<string>): string | undefined {
  const here = boxes.get(from);
  if (!here) return undefined;
  const c = centre(here);
  const [ax, ay] = key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowRight' ? [1, 0] : key === 'ArrowUp' ? [0, -1] : [0, 1];
  const best = (ids: Iterable<string>): string | undefined => {
    let pick: string | undefined;
    let score = Infinity;
    for (const id of ids) {
      const b = boxes.get(id);
      if (id === from || !b) continue;
      const p = centre(b);
      const along = (p.x - c.x) * ax + (p.y - c.y) * ay;
      if (along <= 1) continue;
      const across = Math.abs((p.x - c.x) * ay) + Math.abs((p.y - c.y) * ax);
      // straight ahead wins over a little closer but off to the side
      const s = along + 2 * across;
      if (s < score || (s === score && pick !== undefined && id < pick)) {
        score = s;
        pick = id;
      }
    }
    return pick;
  };
  return (neighbours && best(neighbours)) ?? best(boxes.keys());
}
