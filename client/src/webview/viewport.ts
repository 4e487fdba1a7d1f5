/**
 * Zoom and pan over the drawn SVG: a CSS transform on the canvas element (set through the style
 * object, which the CSP allows), kept across re-renders so a live redraw does not move the view.
 * Ctrl/Cmd + wheel (and trackpad pinch) zooms at the pointer, the wheel pans, dragging the
 * background pans, + / - / 0 / 1 zoom from the keyboard.
 */

export interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN = 0.05;
const PAD = 16;
const MAX = 4;
const clamp = (s: number) => Math.min(MAX, Math.max(MIN, s));

export class Viewport {
  view: View = { scale: 1, x: 0, y: 0 };
  /** the 0 key: Fit, as the toolbar's button does it (main may switch level instead) */
  onFitKey: () => void = () => this.fit();

  constructor(
    private readonly outer: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly onChange: (v: View) => void,
  ) {
    outer.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    outer.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    outer.addEventListener('keydown', (e) => this.onKey(e));
  }

  set(v: View): void {
    this.view = { scale: clamp(v.scale), x: v.x, y: v.y };
    this.apply();
  }

  /** zoom by `factor` keeping the point (cx, cy) of the viewport still; the centre by default */
  zoomBy(factor: number, cx = this.outer.clientWidth / 2, cy = this.outer.clientHeight / 2): void {
    const s = clamp(this.view.scale * factor);
    const k = s / this.view.scale;
    this.set({ scale: s, x: cx - (cx - this.view.x) * k, y: cy - (cy - this.view.y) * k });
  }

  /** the scale at which the whole picture fits the window (at most actual size) */
  fitScale(): number {
    const { w, h } = this.contentSize();
    if (!w || !h) return 1;
    return Math.min(1, (this.outer.clientWidth - 2 * PAD) / w, (this.outer.clientHeight - 2 * PAD) / h);
  }

  /** the whole picture in the window, never larger than actual size nor smaller than `minScale` */
  fit(minScale = MIN): void {
    const { w, h } = this.contentSize();
    if (!w || !h) return;
    const s = clamp(Math.max(minScale, this.fitScale()));
    this.set({ scale: s, x: Math.max(PAD, (this.outer.clientWidth - w * s) / 2), y: Math.max(PAD, (this.outer.clientHeight - h * s) / 2) });
  }

  /** 100 %: the picture centred when it fits, else from its top left; then moved as little as needed to show `focus` */
  showAtActualSize(focus?: { x: number; y: number; width: number; height: number }): void {
    const { w, h } = this.contentSize();
    const axis = (size: number, room: number) => (size + 2 * PAD <= room ? (room - size) / 2 : PAD);
    this.set({ scale: 1, x: axis(w, this.outer.clientWidth), y: axis(h, this.outer.clientHeight) });
    if (focus) this.ensureVisible(focus);
  }

  /** move as little as needed to bring a rectangle (canvas coordinates) into the window */
  ensureVisible(r: { x: number; y: number; width: number; height: number }): void {
    const { scale: s, x, y } = this.view;
    const left = x + r.x * s,
      top = y + r.y * s,
      right = left + r.width * s,
      bottom = top + r.height * s;
    const W = this.outer.clientWidth,
      H = this.outer.clientHeight;
    const dx = left < PAD ? PAD - left : right > W - PAD ? W - PAD - right : 0;
    const dy = top < PAD ? PAD - top : bottom > H - PAD ? H - PAD - bottom : 0;
    if (dx || dy) this.set({ scale: s, x: x + dx, y: y + dy });
  }

  actualSize(): void {
    this.zoomBy(1 / this.view.scale);
  }

  /** bring a rectangle given in unscaled canvas coordinates to the middle of the window */
  centerOn(r: { x: number; y: number; width: number; height: number }): void {
    const s = this.view.scale;
    this.set({
      scale: s,
      x: this.outer.clientWidth / 2 - (r.x + r.width / 2) * s,
      y: this.outer.clientHeight / 2 - (r.y + r.height / 2) * s,
    });
  }

  private contentSize(): { w: number; h: number } {
    const svg = this.canvas.querySelector('svg');
    if (!svg) return { w: 0, h: 0 };
    return { w: Number(svg.getAttribute('width')) || svg.clientWidth, h: Number(svg.getAttribute('height')) || svg.clientHeight };
  }

  private apply(): void {
    const { scale, x, y } = this.view;
    this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    this.onChange(this.view);
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) {
      const r = this.outer.getBoundingClientRect();
      this.zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    } else {
      const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
      const dy = e.shiftKey && !e.deltaX ? 0 : e.deltaY;
      this.set({ ...this.view, x: this.view.x - dx, y: this.view.y - dy });
    }
  }

  private onPointerDown(e: PointerEvent): void {
    // nodes and subgraph titles are clicked, not dragged
    if (e.button !== 0 || (e.target as Element).closest('g.node, g.cluster-label, #toolbar, #legend')) return;
    const start = { px: e.clientX, py: e.clientY, x: this.view.x, y: this.view.y };
    this.outer.setPointerCapture(e.pointerId);
    this.outer.classList.add('dragging');
    const move = (m: PointerEvent) => this.set({ ...this.view, x: start.x + m.clientX - start.px, y: start.y + m.clientY - start.py });
    const up = () => {
      this.outer.classList.remove('dragging');
      this.outer.removeEventListener('pointermove', move);
      this.outer.removeEventListener('pointerup', up);
      this.outer.removeEventListener('pointercancel', up);
    };
    this.outer.addEventListener('pointermove', move);
    this.outer.addEventListener('pointerup', up);
    this.outer.addEventListener('pointercancel', up);
  }

  private onKey(e: KeyboardEvent): void {
    // typing in the toolbar's fields (custom elements: their inner input is in a shadow root)
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || (e.target as Element).closest?.('#toolbar'))
      return;
    const step = 60;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomBy(1.25);
        break;
      case '-':
      case '_':
        this.zoomBy(0.8);
        break;
      case '0':
        this.onFitKey();
        break;
      case '1':
        this.actualSize();
        break;
      case 'ArrowLeft':
        this.set({ ...this.view, x: this.view.x + step });
        break;
      case 'ArrowRight':
        this.set({ ...this.view, x: this.view.x - step });
        break;
      case 'ArrowUp':
        this.set({ ...this.view, y: this.view.y + step });
        break;
      case 'ArrowDown':
        this.set({ ...this.view, y: this.view.y - step });
        break;
      default:
        return;
    }
    e.preventDefault();
  }
}
