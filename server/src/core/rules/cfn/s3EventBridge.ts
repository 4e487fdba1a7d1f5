/**
 * An EventBridge rule on S3 events (`source: [aws.s3]`) for a bucket of the template only ever
 * fires when the bucket sends its events to EventBridge:
 * `NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled: true`.
 */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath, toValue } from '../../parse/tree';
import { intrinsicOf } from '../../cfn/intrinsics';
import { prop, referencedResource } from '../../cfn/iam/templateRoles';
import { resourcesOfType } from '../../cfn/template';
import { isTemplate, template } from './guard';

export const s3EventBridge: Rule = {
  id: 'cfn/s3-eventbridge-notifications',
  severity: 'warning',
  description: "An EventBridge rule on a template bucket's S3 events needs the bucket's EventBridge notifications turned on.",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const r of resourcesOfType(t, 'AWS::Events::Rule')) {
      const pattern = prop(r.properties, 'EventPattern');
      const source = toValue(prop(pattern, 'source'));
      if (!Array.isArray(source) || !source.includes('aws.s3')) continue;
      const names = findNodeAtPath(pattern, ['detail', 'bucket', 'name']);
      for (const n of names?.type === 'array' ? (names.children ?? []) : []) {
        const bucket = referencedResource(t, n, ['AWS::S3::Bucket']);
        if (!bucket) continue;
        const config = prop(bucket.properties, 'NotificationConfiguration');
        if (intrinsicOf(config)) continue;
        const eb = prop(config, 'EventBridgeConfiguration');
        if (intrinsicOf(eb)) continue;
        const enabled = prop(eb, 'EventBridgeEnabled');
        if (enabled && (intrinsicOf(enabled) || enabled.value === true || enabled.value === 'true')) continue;
        out.push({
          offset: n.offset,
          length: n.length,
          message: `Bucket "${bucket.name}" does not send its events to EventBridge, so this rule never fires. Set NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled: true on the bucket.`,
        });
      }
    }
    return out;
  },
};
