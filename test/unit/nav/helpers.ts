/** Helpers for the navigation tests: an in-memory workspace and offsets found by the text around them. */
import assert from 'node:assert/strict';
import type { LanguageService } from '../../../server/src/core/service';
import { serviceWith, sharedStore, uri, type Files } from '../helpers';

export { uri, type Files };
export const store = sharedStore();
export const newService = (): LanguageService => serviceWith({});

export class Ws {
  readonly ls: LanguageService;
  constructor(readonly files: Files) {
    this.ls = serviceWith(files);
  }
  /** the offset of `needle` in `file` (its `nth` occurrence), plus `delta` */
  at(file: string, needle: string, delta = 1, nth = 0): number {
    const text = this.files[file];
    let i = -1;
    for (let n = 0; n <= nth; n++) {
      i = text.indexOf(needle, i + 1);
      assert.ok(i >= 0, `"${needle}" (#${nth}) not in ${file}`);
    }
    return i + delta;
  }
  /** "file: text" of a span, for readable assertions */
  show(s: { uri: string; offset: number; length: number }): string {
    const name = s.uri.slice('file:///ws/'.length);
    const text = this.ls.workspace.get(s.uri)!.text;
    return `${name}: ${text.slice(s.offset, s.offset + s.length)}`;
  }
  /** the line (1-based) of a span */
  line(s: { uri: string; offset: number }): number {
    return this.ls.workspace.get(s.uri)!.lines.positionAt(s.offset).line + 1;
  }
  definition(file: string, needle: string, delta = 1, nth = 0): string[] {
    return this.ls.definition(uri(file), this.at(file, needle, delta, nth)).map((s) => this.show(s));
  }
  references(file: string, needle: string, delta = 1, nth = 0): string[] {
    return this.ls
      .references(uri(file), this.at(file, needle, delta, nth), false)
      .map((s) => `${this.show(s)} @${this.line(s)}`)
      .sort();
  }
  /** the files after a rename, or the refusal */
  rename(file: string, needle: string, newName: string, delta = 1): Files | string {
    const r = this.ls.rename(uri(file), this.at(file, needle, delta), newName);
    if ('error' in r) return r.error;
    const out: Files = {};
    for (const [u, edits] of r.changes) {
      let text = this.ls.workspace.get(u)!.text;
      for (const e of [...edits].sort((a, b) => b.offset - a.offset))
        text = text.slice(0, e.offset) + e.newText + text.slice(e.offset + e.length);
      out[u.slice('file:///ws/'.length)] = text;
    }
    return out;
  }
}
