/** The hover card over a node: filled from the outline, kept beside the pointer and inside the window. */
import type { Described } from '../../../shared/src/outline';
import { fillTooltip } from './nodes';

const nodeAt = (t: EventTarget | null) => (t instanceof Element ? t.closest('[data-node]') : null);

export function wireTooltip(
  canvas: HTMLElement,
  viewport: HTMLElement,
  tooltip: HTMLElement,
  lookup: (printedId: string) => Described | undefined,
): void {
  canvas.addEventListener('mouseover', (e) => {
    const id = nodeAt(e.target)?.getAttribute('data-node');
    const info = id ? lookup(id) : undefined;
    if (!info) {
      tooltip.hidden = true;
      return;
    }
    fillTooltip(tooltip, info);
    tooltip.hidden = false;
    place(tooltip, e);
  });
  canvas.addEventListener('mousemove', (e) => {
    if (!tooltip.hidden) place(tooltip, e);
  });
  canvas.addEventListener('mouseleave', () => {
    tooltip.hidden = true;
  });
  // a zoom moves the node away from under the card
  viewport.addEventListener(
    'wheel',
    () => {
      tooltip.hidden = true;
    },
    { passive: true },
  );
}

function place(tooltip: HTMLElement, e: MouseEvent): void {
  const pad = 14;
  const w = tooltip.offsetWidth,
    h = tooltip.offsetHeight;
  const x = e.clientX + pad + w > window.innerWidth ? e.clientX - pad - w : e.clientX + pad;
  const y = e.clientY + pad + h > window.innerHeight ? Math.max(0, e.clientY - pad - h) : e.clientY + pad;
  tooltip.style.left = `${Math.max(0, x)}px`;
  tooltip.style.top = `${y}px`;
}
