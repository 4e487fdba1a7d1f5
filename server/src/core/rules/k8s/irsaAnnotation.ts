/** IRSA: a ServiceAccount's `eks.amazonaws.com/role-arn` must be an IAM role ARN, or pods get no credentials. */
import type { Rule } from '../rule';
import { findNodeAtPath } from '../../parse/tree';
import { isPlaceholder } from '../../k8s/objects';
import { isK8s } from './guard';
import { IRSA_KEY, ROLE_ARN } from '../../k8s/irsa';
import { asText } from '../../text/asText';
import { at } from '../place';

export const irsaAnnotationRule: Rule = {
  id: 'eks/irsa-annotation',
  severity: 'error',
  description: 'The IRSA annotation eks.amazonaws.com/role-arn must hold an IAM role ARN.',
  appliesTo: (doc) => isK8s(doc, ['ServiceAccount']),
  check(doc) {
    const node = findNodeAtPath(doc.root, ['metadata', 'annotations', IRSA_KEY]);
    if (!node || node.type === 'object' || node.type === 'array') return [];
    const value = node.value === null || node.value === undefined ? '' : asText(node.value).trim();
    if (isPlaceholder(value)) return [];
    if (ROLE_ARN.test(value)) return [];
    let why = 'it must look like arn:aws:iam::123456789012:role/my-role';
    if (/^arn:[^:]*:iam::\d{12}:(user|policy|instance-profile|group)\//.test(value))
      why = `it names an IAM ${/:(user|policy|instance-profile|group)\//.exec(value)![1]}, but only a role can be assumed by pods`;
    else if (/^arn:[^:]*:iam::[^:]*:role\//.test(value) && !/^arn:[^:]*:iam::\d{12}:/.test(value)) why = 'the account ID must be 12 digits';
    else if (/^arn:[^:]*:iam:[a-z]{2}-/.test(value)) why = 'IAM ARNs have no region (arn:aws:iam::ACCOUNT:role/NAME)';
    else if (/^arn:[^:]*:sts::\d{12}:assumed-role\//.test(value))
      why = 'it is an STS session ARN; use the role ARN (arn:aws:iam::ACCOUNT:role/NAME)';
    else if (!value.startsWith('arn:')) why = 'it must be a full ARN such as arn:aws:iam::123456789012:role/my-role, not a bare name';
    return [at(node, `\`${IRSA_KEY}\` is not a valid IAM role ARN: ${why}. Pods using this ServiceAccount would get no AWS credentials.`)];
  },
};
