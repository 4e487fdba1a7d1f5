/** IRSA: the ServiceAccount annotation naming the IAM role its pods assume. */
export const IRSA_KEY = 'eks.amazonaws.com/role-arn';
/** partition, account, role path, role name */
export const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;
