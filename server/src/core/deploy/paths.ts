/** Paths a deploy tool reads, resolved to the URIs of the workspace index. */

/** `base` (a folder URI ending in `/`) joined with a relative path, `.` and `..` resolved. */
export function resolveUri(base: string, path: string): string | undefined {
  const p = path.trim().replace(/\\/g, '/');
  if (!p || /^[a-z]+:/i.test(p) || p.startsWith('/') || p.includes('${{')) return undefined;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)$/i.exec(base);
  if (!m) return undefined;
  const parts = m[2].split('/').slice(0, -1);
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(encodeURIComponent(seg).replace(/%40/g, '@'));
  }
  return m[1] + parts.join('/');
}

/** The folder of a file URI, ending in `/`. */
export const folderOf = (uri: string): string => uri.slice(0, uri.lastIndexOf('/') + 1);

/** The repository root of a workflow file: the folder holding `.github/workflows/`. */
export function repoRootOf(workflowUri: string): string | undefined {
  const i = workflowUri.lastIndexOf('/.github/workflows/');
  return i < 0 ? undefined : workflowUri.slice(0, i + 1);
}
