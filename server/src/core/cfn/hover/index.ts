/**
 * Hover in templates: a resource type's docs (on its `Type` or its logical id), a property's docs
 * and type (from the specification), and what a reference points at — a parameter's type,
 * default and description, a resource's type, a pseudo parameter, a condition.
 */
import type { HoverContributor } from '../../hover/contributors';
import { PSEUDO_PARAMETERS } from '../intrinsics';
import { templateRefs } from '../references';
import { describeType, specOf, type CfnSpec } from '../spec';
import { resourceDocUrl, specAt } from '../specPath';
import { templateOf, type CfnTemplate } from '../template';

function resourceType(spec: CfnSpec | undefined, type: string): string {
  const doc = spec?.resourceDoc(type);
  const url = resourceDocUrl(type);
  return [`**${type}**`, doc, url && spec?.resource(type) ? `[AWS documentation](${url})` : undefined].filter(Boolean).join('\n\n');
}

function named(t: CfnTemplate, spec: CfnSpec | undefined, kind: string, name: string): string | undefined {
  if (kind === 'ref' || kind === 'getatt' || kind === 'dependsOn') {
    const p = kind === 'ref' ? t.parameters.get(name) : undefined;
    if (p)
      return [
        `**${name}** — parameter${p.type ? ` (${p.type})` : ''}`,
        p.description,
        p.default !== undefined ? `Default: \`${JSON.stringify(p.default)}\`` : undefined,
        p.allowedValues ? `Allowed: ${p.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}` : undefined,
      ]
        .filter(Boolean)
        .join('\n\n');
    const pseudo = PSEUDO_PARAMETERS.get(name);
    if (pseudo) return `**${name}** — pseudo parameter\n\n${pseudo}`;
    const r = t.resources.get(name);
    if (r) return `**${name}** — resource\n\n${r.type ? resourceType(spec, r.type) : ''}`;
  }
  if (kind === 'condition' && t.conditions.has(name)) return `**${name}** — condition of this template`;
  if (kind === 'mapping' && t.mappings.has(name)) return `**${name}** — mapping of this template`;
  return undefined;
}

const cfnHover: HoverContributor = ({ file, doc, node, path, isKey }, { store }) => {
  const t = templateOf(doc);
  if (!t) return undefined;
  const spec = specOf(store);
  // a reference under the cursor (a Sub string with several: the hover does not know which one)
  const refs = templateRefs(file.text, doc).filter((r) => r.node === node);
  if (refs.length === 1) return named(t, spec, refs[0].kind, refs[0].name);
  if (path[0] !== 'Resources' || typeof path[1] !== 'string') return undefined;
  const res = t.resources.get(path[1]);
  if (!res?.type) return undefined;
  if ((path.length === 2 && isKey) || (path.length === 3 && path[2] === 'Type' && !isKey)) return resourceType(spec, res.type);
  if (path[2] !== 'Properties' || path.length < 4 || !isKey || !spec) return undefined;
  const parent = specAt(spec, res.type, path.slice(3, -1));
  const name = String(path[path.length - 1]);
  const prop = parent?.props?.[name];
  if (!parent || !prop) return undefined;
  const docText = parent.owner ? spec.propertyDoc(parent.owner, name) : undefined;
  return [`**${name}** — ${describeType(spec, prop[0])}${prop[1] ? ', required' : ''}`, docText].filter(Boolean).join('\n\n');
};

export const cfnHoverContributors: readonly HoverContributor[] = [cfnHover];
