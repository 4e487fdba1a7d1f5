/** Search in the drawn view: marks the nodes whose name or facts match, counts them, Enter walks them. */
import { searchHits, type View } from '../../../shared/src/view/view';

export class Search {
  private matches: string[] = [];
  private at = -1;
  private tagged: ReadonlyMap<string, Element> = new Map();

  constructor(
    private readonly canvas: HTMLElement,
    private readonly count: HTMLElement,
    private readonly bringIntoView: (el: Element) => void,
  ) {}

  /** mark the hits of `query` among the drawn nodes; `jump` goes to the first */
  apply(view: View | undefined, tagged: ReadonlyMap<string, Element>, query: string, jump: boolean): void {
    const hits = view ? searchHits(view, query) : new Set<string>();
    this.tagged = tagged;
    this.matches = [...tagged.keys()].filter((id) => hits.has(id));
    this.at = -1;
    this.canvas.classList.toggle('searching', !!query.trim());
    for (const [id, el] of tagged) el.classList.toggle('match', hits.has(id));
    this.count.textContent = query.trim() ? `${this.matches.length} found` : '';
    if (jump && this.matches.length) this.next();
  }

  /** the next hit, round and round */
  next(): void {
    if (!this.matches.length) return;
    this.at = (this.at + 1) % this.matches.length;
    const el = this.tagged.get(this.matches[this.at]);
    if (!el) return;
    this.bringIntoView(el);
    this.count.textContent = `${this.at + 1} of ${this.matches.length}`;
  }
}
