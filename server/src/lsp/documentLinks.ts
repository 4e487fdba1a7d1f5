/**
 * textDocument/documentLink: AWS console pages and Kubernetes API reference pages. A big file has
 * thousands of links (two per Kubernetes object), so the list says only where they stand (and
 * their tooltips); documentLink/resolve builds the address of the one the user opens.
 */
import type { DocumentLink } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';
import { perDocumentList } from './jsonList';

export function registerDocumentLinks(ctx: NavContext): void {
  // `data` is the file's number, not its URI: the URI would be most of each link's bytes
  const uris: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (uri: string) => {
    let n = numbers.get(uri);
    if (n === undefined) numbers.set(uri, (n = uris.push(uri) - 1));
    return n;
  };
  // kept per document: after a keystroke only the edited document's links are built again
  const links = perDocumentList(ctx.spliceLists, (file, doc) => {
    const data = numberOf(file.uri);
    return ctx.service
      .docLinks(file, doc)
      .map((l): DocumentLink => ({ range: file.lines.range(l.offset, l.length), tooltip: l.tooltip, data }));
  });
  ctx.connection.onDocumentLinks((params, token) =>
    runSafe(ctx.log, 'documentLink', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      // a JsonList is the same array on the wire (the writer splices it in)
      return file ? (links.get(file) as DocumentLink[]) : null;
    }),
  );
  ctx.connection.onDocumentLinkResolve((link, token) =>
    runSafe(ctx.log, 'documentLink/resolve', token, link, () => {
      const uri = typeof link.data === 'number' ? uris[link.data] : undefined;
      const file = uri === undefined ? undefined : ctx.sync(uri).file;
      if (!file) return link;
      const offset = file.lines.offsetAt(link.range.start);
      const doc = file.docs.find((d) => d.offset <= offset && offset <= d.offset + d.length);
      const found = doc && ctx.service.docLinks(file, doc).find((l) => l.offset === offset);
      // the file changed under the link and nothing stands there now: left without a target
      return found ? { range: link.range, target: found.target, tooltip: found.tooltip } : link;
    }),
  );
}
