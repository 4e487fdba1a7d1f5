/**
 * Where a path inside a template is in the specification: `Resources.X.Properties.A.0.B` → the
 * spec type of B and the object that declares it (for docs). Used by completion and hover.
 */
import type { JsonPath } from '../parse/tree';
import type { CfnSpec, SpecProps, SpecType } from './spec';

export interface SpecSpot {
  /** the object properties at this spot (when it is an object) */
  props?: SpecProps;
  /** who declares `props`, for docs */
  owner?: { resource: string } | { typeIndex: number };
  /** the type of the value at this spot */
  type?: SpecType;
}

/** The spec of the value at `path` below a resource's `Properties` (path relative to `Properties`). */
export function specAt(spec: CfnSpec, resourceType: string, path: JsonPath): SpecSpot | undefined {
  const res = spec.resource(resourceType);
  if (!res) return undefined;
  let spot: SpecSpot = { props: res.props, owner: { resource: resourceType } };
  for (const seg of path) {
    const next = step(spec, spot, seg);
    if (!next) return undefined;
    spot = next;
  }
  return spot;
}

function step(spec: CfnSpec, spot: SpecSpot, seg: string | number): SpecSpot | undefined {
  // a property of an object, an item of a list, a value of a map
  if (typeof seg === 'string' && spot.props) {
    const p = Object.prototype.hasOwnProperty.call(spot.props, seg) ? spot.props[seg] : undefined;
    return p ? open(spec, p[0]) : undefined;
  }
  const t = spot.type;
  if (Array.isArray(t) && (t[0] === 'a' || t[0] === 'm')) return open(spec, t[1] as SpecType);
  if (Array.isArray(t) && t[0] === 'u') {
    for (const alt of t.slice(1) as SpecType[]) {
      const s = step(spec, open(spec, alt), seg);
      if (s) return s;
    }
  }
  return undefined;
}

/** A type, with its properties when it is an object type. */
function open(spec: CfnSpec, t: SpecType): SpecSpot {
  if (typeof t === 'number') return { type: t, props: spec.propertyType(t), owner: { typeIndex: t } };
  if (t === 'g') return { type: t, props: { Key: ['s', 1], Value: ['s', 1] } };
  if (Array.isArray(t) && t[0] === 'u') {
    const obj = (t.slice(1) as SpecType[]).find((a) => typeof a === 'number');
    if (typeof obj === 'number') return { type: t, props: spec.propertyType(obj), owner: { typeIndex: obj } };
  }
  return { type: t };
}

/** The allowed strings of a type (an enum, or a union holding one). */
export function allowedValues(t: SpecType | undefined): string[] {
  if (!Array.isArray(t)) return t === 'b' ? ['true', 'false'] : [];
  if (t[0] === 'e') return t[1] as string[];
  if (t[0] === 'u') return (t.slice(1) as SpecType[]).flatMap(allowedValues);
  return [];
}

/** The AWS documentation page of a resource type. */
export function resourceDocUrl(type: string): string | undefined {
  const m = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
  return m
    ? `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${m[1].toLowerCase()}-${m[2].toLowerCase()}.html`
    : undefined;
}
