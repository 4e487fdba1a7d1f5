/**
 * A Kubernetes object without `apiVersion`, or with no `kind`: kubectl refuses to read the file
 * ("error validating data: apiVersion not set" / "kind not set"). The fix adds the apiVersion
 * that serves a built-in kind.
 */
import type { Rule } from '../rule';
import type { SchemaStore } from '../../schema/store';
import { findProperty } from '../../parse/tree';
import { isHeaderless } from '../../k8s/headerless';
import { at } from '../place';

export const objectHeaderRule: Rule = {
  id: 'k8s/object-header',
  severity: 'error',
  description: 'Kubernetes objects without an apiVersion or with an empty kind, which kubectl refuses to read.',
  // not isK8s: that gate lets only objects with a header through, and this rule is for the rest
  appliesTo: (doc) => isHeaderless(doc.kind) && !doc.templated && !!doc.root,
  check(doc, ctx) {
    if (doc.kind.family !== 'k8s') return [];
    const { apiVersion, kind } = doc.kind;
    const kindProp = findProperty(doc.root, 'kind');
    const apiProp = findProperty(doc.root, 'apiVersion');
    if (!apiVersion) {
      const key = kindProp?.children?.[0];
      if (!key) return [];
      const version = servedBy(ctx.store, kind);
      const column = key.offset - (ctx.file.text.lastIndexOf('\n', key.offset - 1) + 1);
      // an empty `apiVersion:` is replaced; a missing one goes in above `kind`
      const emptyValue = apiProp?.children?.[1];
      const edit = emptyValue
        ? { offset: emptyValue.offset, length: emptyValue.length, newText: version ?? '' }
        : { offset: key.offset, length: 0, newText: `apiVersion: ${version}\n${' '.repeat(column)}` };
      return [
        at(
          key,
          `This ${kind} has no \`apiVersion\`: kubectl refuses to read it ("apiVersion not set").${version ? ` Add \`apiVersion: ${version}\`.` : ''}`,
          version ? [{ title: `Add apiVersion: ${version}`, edits: [edit], preferred: true }] : undefined,
        ),
      ];
    }
    const here = kindProp?.children?.[0] ?? apiProp?.children?.[0];
    if (!here) return [];
    return [
      at(
        here,
        `This object (\`${apiVersion}\`) has no \`kind\`: kubectl refuses to read it ("kind not set"). Add the kind of object it is.`,
      ),
    ];
  },
};

/** the stable apiVersion serving a built-in kind, from the generated schema's kind table */
function servedBy(store: SchemaStore | undefined, kind: string): string | undefined {
  const versions = Object.keys(store?.k8sKinds() ?? {})
    .filter((p) => p.endsWith(`/${kind}`))
    .map((p) => p.slice(0, p.length - kind.length - 1));
  return versions.find((v) => !/(alpha|beta)\d*$/.test(v)) ?? versions[0];
}
