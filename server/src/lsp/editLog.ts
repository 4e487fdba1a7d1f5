/**
 * Where the editor's edits fell, per open document and version, so the service can take a new text
 * with the span that changed instead of comparing the old and new texts to find it (two passes over
 * a 1.27 M-character file per keystroke). The service may take the text several versions later
 * (typing, then a request): the spans in between are composed.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { EditSpan } from '../core/reanalyze';
import { Latin1Document } from './latin1Document';

/** one version's change: the unchanged prefix and suffix lengths around it, and the text lengths */
interface Step {
  from: number;
  prefix: number;
  suffix: number;
  oldLength: number;
  newLength: number;
}

/** versions remembered per document: a request reads the text within a few keystrokes */
const KEEP = 64;

/**
 * One-byte documents at least this long are kept in a buffer (latin1Document.ts): below it the
 * library's concatenation is cheap, and a buffer beside the string would double every small open
 * file's text (a workspace opens thousands).
 */
const BUFFERED_FROM_CHARS = 64 * 1024;

export class EditLog {
  private readonly steps = new Map<string, Map<number, Step>>();

  /** `bufferedFromChars`: the shortest text kept in a buffer (tests pass 0) */
  constructor(private readonly bufferedFromChars = BUFFERED_FROM_CHARS) {}

  /** The TextDocuments configuration that records each incremental change as it applies it. */
  documents(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: (uri, languageId, version, content) => {
        this.steps.delete(uri); // a reopened document starts its versions again
        return content.length >= this.bufferedFromChars && Latin1Document.fits(content)
          ? new Latin1Document(uri, languageId, version, content)
          : TextDocument.create(uri, languageId, version, content);
      },
      update: (doc, changes, version) => this.apply(doc, changes, version),
    };
  }

  /** The span [start, oldEnd) of the text at version `from` that became [start, newEnd) at `to`; undefined when not known. */
  since(uri: string, from: number, to: number): EditSpan | undefined {
    const steps = this.steps.get(uri);
    if (!steps || from >= to) return undefined;
    let prefix = Infinity;
    let suffix = Infinity;
    let newLength: number | undefined;
    let oldLength = 0;
    for (let v = to; v !== from;) {
      const s = steps.get(v);
      if (!s || s.from >= v) return undefined;
      newLength ??= s.newLength;
      oldLength = s.oldLength;
      prefix = Math.min(prefix, s.prefix);
      suffix = Math.min(suffix, s.suffix);
      v = s.from;
    }
    if (newLength === undefined) return undefined;
    return { start: prefix, oldEnd: oldLength - suffix, newEnd: newLength - suffix };
  }

  private apply(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const from = doc.version;
    const oldLength = lengthOf(doc);
    let prefix = Infinity;
    let suffix = Infinity;
    let known = true;
    // one change at a time: each change's range is in the text the ones before it made
    for (const c of changes) {
      if (!('range' in c) || !c.range) {
        known = false;
        doc = updated(doc, c, version);
        continue;
      }
      const length = lengthOf(doc);
      const start = doc.offsetAt(c.range.start);
      const end = Math.max(start, doc.offsetAt(c.range.end));
      doc = updated(doc, c, version);
      prefix = Math.min(prefix, start);
      suffix = Math.min(suffix, length - end);
    }
    const steps = this.steps.get(doc.uri) ?? new Map<number, Step>();
    this.steps.set(doc.uri, steps);
    if (known && prefix !== Infinity && version > from) {
      steps.set(version, { from, prefix, suffix, oldLength, newLength: lengthOf(doc) });
      if (steps.size > KEEP) steps.delete(steps.keys().next().value as number);
    } else steps.clear();
    return doc;
  }
}

/** the text's length without making a Latin1Document's string */
const lengthOf = (doc: TextDocument) => (doc instanceof Latin1Document ? doc.length : doc.getText().length);

/** one change applied: in place in a one-byte document, else (or when the change brings a wider character) by the library */
function updated(doc: TextDocument, change: TextDocumentContentChangeEvent, version: number): TextDocument {
  if (!(doc instanceof Latin1Document)) return TextDocument.update(doc, [change], version);
  if (doc.update([change], version)) return doc;
  return TextDocument.update(TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText()), [change], version);
}
