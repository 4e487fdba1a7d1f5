/** Shared gate for the AWS CLI rules: our family, parsed, and (optionally) only some commands' inputs. */
import type { DocUnit } from '../../types';
import type { AwsCliDoc, AwsCliKind } from '../kind';

export function isAwsCli(doc: DocUnit, docs?: readonly AwsCliDoc[]): doc is DocUnit & { readonly kind: AwsCliKind } {
  if (doc.kind.family !== 'awscli' || doc.templated || !doc.root) return false;
  return !docs || docs.includes(doc.kind.doc);
}
