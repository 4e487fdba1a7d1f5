/**
 * The layout of the generated CloudFormation spec and docs files (scripts/gen-cfn-spec.mjs): JSON
 * lines. Line 0 is a header `{"v": version, "r": [resource type names…]}`; then one line per
 * resource type, in the header's order; then one line per property type, by index. Only the
 * header is parsed when the file is read: a template needs a few dozen of the 11,400 entries,
 * and parsing them all (or a JSON document holding each as a string) cost 15–20 ms of the first
 * template's diagnostics. Each entry is parsed on first use; a damaged one reads as missing.
 */

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export class SpecLines {
  readonly version: string;
  readonly resourceNames: readonly string[];
  private readonly resourceIndex: Map<string, number>;
  /** where each line starts (filled on the first entry read) */
  private starts: number[] | undefined;
  private readonly parsed = new Map<number, unknown>();

  private constructor(
    private readonly text: string,
    header: { v: string; r: string[] },
  ) {
    this.version = header.v;
    this.resourceNames = header.r;
    this.resourceIndex = new Map(header.r.map((name, i) => [name, i]));
  }

  /** The file's reading, or undefined when its header is not one of this layout (a damaged or older file). */
  static read(text: string): SpecLines | undefined {
    const end = text.indexOf('\n');
    let header: unknown;
    try {
      header = JSON.parse(end < 0 ? text : text.slice(0, end));
    } catch {
      return undefined;
    }
    if (typeof header !== 'object' || header === null || !own(header, 'r') || !own(header, 'v')) return undefined;
    const { v, r } = header as { v: unknown; r: unknown };
    if (typeof v !== 'string' || !Array.isArray(r) || !r.every((x) => typeof x === 'string')) return undefined;
    return new SpecLines(text, { v, r: r as string[] });
  }

  /** The entry of a resource type; undefined when the file lacks it. */
  resource<T>(name: string): T | undefined {
    const i = this.resourceIndex.get(name);
    return i === undefined ? undefined : this.entry<T>(1 + i);
  }

  /** The entry of the property type at `index`. */
  propertyType<T>(index: number): T | undefined {
    return Number.isInteger(index) && index >= 0 ? this.entry<T>(1 + this.resourceNames.length + index) : undefined;
  }

  private entry<T>(line: number): T | undefined {
    if (this.parsed.has(line)) return this.parsed.get(line) as T | undefined;
    const starts = (this.starts ??= lineStarts(this.text));
    let v: T | undefined;
    if (line < starts.length) {
      const end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
      try {
        v = JSON.parse(this.text.slice(starts[line], end)) as T;
      } catch {
        v = undefined;
      }
    }
    this.parsed.set(line, v);
    return v;
  }
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
