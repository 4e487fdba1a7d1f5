/**
 * Puts the Kubernetes field descriptions back into the schema. The build writes them to a file of
 * their own (scripts/k8s-schema/output.mjs): two thirds of the schema's bytes, which only hover and
 * completion read, so a cold start's first diagnosis no longer parses them.
 */
type Json = Record<string, unknown>;

/**
 * `docs` is a tree of the schema's shape holding only `description`s; each goes onto the schema
 * object at the same place. Only existing own properties are followed (a damaged or foreign docs
 * file adds nothing, and never reaches a prototype).
 */
export function mergeDescriptions(target: Json, docs: Json): void {
  for (const [k, v] of Object.entries(docs)) {
    // a string is the description; an object under `description` is a property so named (`properties.description`)
    if (k === 'description' && typeof v === 'string') {
      target.description = v;
      continue;
    }
    const next = Object.hasOwn(target, k) ? target[k] : undefined;
    if (v && typeof v === 'object' && next && typeof next === 'object') mergeDescriptions(next as Json, v as Json);
  }
}
