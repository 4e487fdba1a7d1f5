/**
 * A task definition as the deploy tools send it: the GitHub deploy action drops empty values, and
 * a render step writes its `image` into the container it names. The schema checks this value.
 */
import type { WorkspaceIndex } from '../workspace';
import { withoutEmpty } from '../ecs/nulls';
import { isPlaceholder } from '../text/placeholder';
import { deployReading, deployUsesOf } from './uses';
import { ECSPRESSO_TEMPLATE } from './ecspresso';
import { codePipelineImage } from './codePipeline';

/** an image the workflow computes (`${{ steps.build.outputs.image }}`): any valid reference will do for the check */
const COMPUTED = 'rendered.example/image:tag';

export function asDeployed(value: unknown, ws: WorkspaceIndex, uri: string): unknown {
  const reading = deployReading(ws, uri);
  const v = reading?.dropsEmpty ? withoutEmpty(value) : value;
  const images = reading ? renderedImages(ws, uri) : new Map<string, string>();
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if (!Array.isArray(o.containerDefinitions)) return v;
  // CodePipeline's `<IMAGE1_NAME>` is filled in by the pipeline, like a render step's image
  const imageOf = (c: Record<string, unknown>) =>
    (typeof c.name === 'string' ? images.get(c.name) : undefined) ?? (codePipelineImage(c.image) ? COMPUTED : undefined);
  if (!images.size && !o.containerDefinitions.some((c) => c && typeof c === 'object' && imageOf(c as Record<string, unknown>))) return v;
  const list = o.containerDefinitions.map((c: unknown) => {
    if (!c || typeof c !== 'object') return c;
    const image = imageOf(c as Record<string, unknown>);
    return image === undefined ? c : { ...(c as object), image };
  });
  return { ...o, containerDefinitions: list };
}

/** container name → the image a render step writes into it (a stand-in when the workflow computes it) */
export function renderedImages(ws: WorkspaceIndex, uri: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of deployUsesOf(ws, uri)) {
    if (!u.render) continue;
    const image = u.render.image && !isPlaceholder(u.render.image) && !u.render.image.includes('${{') ? u.render.image : COMPUTED;
    for (const c of u.render.containers) out.set(c, image);
  }
  return out;
}

/** The placeholders a tool reading the file fills in itself: ecspresso's template functions. */
export function filledBy(ws: WorkspaceIndex, uri: string): ((value: string) => boolean) | undefined {
  return deployUsesOf(ws, uri).some((u) => u.tool === 'ecspresso') ? (value) => ECSPRESSO_TEMPLATE.test(value) : undefined;
}

/** read-only fields of describe-services output: ecspresso reads that format and leaves them out */
const SERVICE_DESCRIBE_ONLY = [
  'serviceArn',
  'clusterArn',
  'roleArn',
  'status',
  'runningCount',
  'pendingCount',
  'platformFamily',
  'deployments',
  'events',
  'createdAt',
  'createdBy',
  'taskSets',
];

/**
 * ecspresso's service definition as ecspresso sends it: with the service name, cluster and task
 * definition of its config (ecspresso fills them in), without the describe-only fields.
 */
export function asServiceDefinition(value: unknown, ws: WorkspaceIndex, uri: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const use = deployUsesOf(ws, uri).find((u) => u.role === 'service-definition');
  const o = Object.fromEntries(Object.entries(value).filter(([k]) => !SERVICE_DESCRIBE_ONLY.includes(k)));
  return { serviceName: use?.service ?? 'service', cluster: use?.cluster ?? 'default', taskDefinition: 'family', ...o };
}
