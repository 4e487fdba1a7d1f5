/**
 * StorageClass `parameters` for the AWS CSI drivers: the driver rejects bad values only when a
 * claim is provisioned, long after `kubectl apply` succeeded. Facts from the EBS, EFS and FSx
 * CSI driver parameter docs.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import { findNodeAtPath, findProperty } from '../../parse/tree';
import { asObj, isPlaceholder, str } from '../../k8s/objects';
import { EBS_PROVISIONERS, EFS_PROVISIONERS, FSX_PROVISIONERS } from '../../k8s/storage';
import { EBS_PARAMETERS, EFS_PARAMETERS, FSX_PARAMETERS } from '../../k8s/csiParameters';
import { closest } from '../../text/closest';
import { isK8s } from './guard';
import { asText } from '../../text/asText';
import { at, pathSpan, keySpan } from '../place';

export const storageClassParametersRule: Rule = {
  id: 'eks/storageclass-parameters',
  severity: 'error',
  description:
    'EBS/EFS/FSx CSI StorageClass parameters: volume type, fstype, iops/throughput per type, KMS key ARN, EFS access-point mode, FSx deployment type.',
  appliesTo: (doc) => isK8s(doc, ['StorageClass']),
  check(doc) {
    const v = asObj(doc.value);
    const provisioner = str(v.provisioner) ?? '';
    const params = Object.fromEntries(
      Object.entries(asObj(v.parameters)).map(([k, x]) => [k, x === null || x === undefined ? '' : asText(x)]),
    );
    if (EBS_PROVISIONERS.includes(provisioner)) return ebs(doc, params);
    if (EFS_PROVISIONERS.includes(provisioner)) return efs(doc, params);
    if (FSX_PROVISIONERS.includes(provisioner)) return fsx(doc, params);
    return [];
  },
};

const here = (doc: DocUnit, key: string) => pathSpan(doc, ['parameters', key]);

/** EBS reads parameter keys case-insensitively. */
function ebs(doc: DocUnit, params: Record<string, string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const lower = new Map(Object.keys(params).map((k) => [k.toLowerCase(), k]));
  const get = (k: string) => {
    const real = lower.get(k.toLowerCase());
    return real === undefined ? undefined : { key: real, value: params[real] };
  };
  const type = get('type');
  const typeValue = (type?.value ?? 'gp3').toLowerCase();
  const types = ['io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1', 'standard'];
  if (type && !isPlaceholder(type.value) && !types.includes(typeValue)) {
    out.push(at(here(doc, type.key), `EBS volume type \`${type.value}\` does not exist: use one of ${types.join(', ')}.`));
    return out;
  }
  for (const fsKey of ['csi.storage.k8s.io/fstype', 'fsType']) {
    const fs = get(fsKey);
    // the driver's ValidFSTypes (v1.64.0): ntfs is for Windows nodes
    if (fs && !isPlaceholder(fs.value) && !['xfs', 'ext3', 'ext4', 'ntfs'].includes(fs.value.toLowerCase()))
      out.push(
        at(
          here(doc, fs.key),
          `File system \`${fs.value}\` is not supported by the EBS CSI driver: use ext4 (default), xfs, ext3, or ntfs on Windows nodes.`,
        ),
      );
  }
  for (const k of ['iops', 'iopsPerGB']) {
    const p = get(k);
    if (p && !['io1', 'io2', 'gp3'].includes(typeValue))
      out.push(at(here(doc, p.key), `\`${p.key}\` only applies to io1, io2 and gp3 volumes; this class makes ${typeValue} volumes.`));
    else if (p && !isPlaceholder(p.value) && !/^\d+$/.test(p.value.trim()))
      out.push(at(here(doc, p.key), `\`${p.key}\` must be a whole number.`));
  }
  const tp = get('throughput');
  if (tp && typeValue !== 'gp3')
    out.push(at(here(doc, tp.key), `\`throughput\` only applies to gp3 volumes; this class makes ${typeValue} volumes.`));
  else if (tp && !isPlaceholder(tp.value) && (!/^\d+$/.test(tp.value.trim()) || Number(tp.value) < 125 || Number(tp.value) > 2000))
    out.push(at(here(doc, tp.key), '`throughput` is MiB/s for gp3 volumes: a whole number from 125 to 2000.'));
  const enc = get('encrypted');
  if (enc && !isPlaceholder(enc.value) && !/^(true|false)$/i.test(enc.value))
    out.push(at(here(doc, enc.key), '`encrypted` must be "true" or "false".'));
  const kms = get('kmsKeyId');
  if (kms && !isPlaceholder(kms.value) && !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(kms.value))
    out.push(
      at(
        here(doc, kms.key),
        '`kmsKeyId` must be the full key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID); a bare key ID or alias is not accepted.',
      ),
    );
  if (kms && enc && /^false$/i.test(enc.value))
    out.push(at(here(doc, enc.key), '`kmsKeyId` is set but `encrypted` is false: the key is ignored.', undefined, 'warning'));
  out.push(
    ...unknownKeys(
      doc,
      Object.keys(params),
      EBS_PARAMETERS.map((p) => p.key),
      /^(csi\.storage\.k8s\.io\/|tagSpecification_\d+$|tagspecification_\d+$)/i,
      true,
    ),
  );
  return out;
}

function efs(doc: DocUnit, params: Record<string, string>): RuleFinding[] {
  // no parameters: a class for static provisioning (the PV names the file system): fine
  if (!Object.keys(params).length) return [];
  const out: RuleFinding[] = [];
  const mode = params.provisioningMode;
  const modes = ['efs-ap', 's3files-ap'];
  if (mode === undefined) {
    out.push(
      at(
        keySpan(doc, [], 'parameters') ?? pathSpan(doc, ['parameters']),
        'Dynamic provisioning with EFS needs `provisioningMode: efs-ap` (or `s3files-ap` for S3 Files) in `parameters`.',
      ),
    );
  } else if (!isPlaceholder(mode) && !modes.includes(mode)) {
    out.push(
      at(
        here(doc, 'provisioningMode'),
        `\`provisioningMode\` must be \`efs-ap\` (EFS access points) or \`s3files-ap\` (S3 Files access points), not \`${mode}\`.`,
        [{ title: 'Change to "efs-ap"', edits: [{ ...here(doc, 'provisioningMode'), newText: 'efs-ap' }], preferred: true }],
      ),
    );
  }
  // the file system comes from one of three places (driver v2.2.0 added the two refs)
  const sources = ['fileSystemId', 'fileSystemIdConfigRef', 'fileSystemIdSecretRef'].filter((k) => params[k] !== undefined);
  if (!sources.length)
    out.push(
      at(
        keySpan(doc, [], 'parameters') ?? pathSpan(doc, ['parameters']),
        'EFS dynamic provisioning needs the file system: `fileSystemId` (fs-…), or `fileSystemIdConfigRef`/`fileSystemIdSecretRef`.',
      ),
    );
  else if (sources.length > 1)
    out.push(at(here(doc, sources[1]), `Give the file system once: ${sources.map((k) => `\`${k}\``).join(' and ')} are both set.`));
  if (params.directoryPerms === undefined)
    out.push(
      at(
        keySpan(doc, [], 'parameters') ?? pathSpan(doc, ['parameters']),
        'EFS dynamic provisioning needs `directoryPerms` in `parameters` (permissions of each access point\'s root directory, e.g. "700").',
      ),
    );
  const fs = params.fileSystemId;
  if (fs !== undefined && !isPlaceholder(fs) && !/^fs-[0-9a-f]{8,40}$/.test(fs) && !/^arn:aws[a-z-]*:elasticfilesystem:/.test(fs))
    out.push(at(here(doc, 'fileSystemId'), `\`fileSystemId\` must be an EFS file system ID like fs-0123456789abcdef0, not \`${fs}\`.`));
  const perms = params.directoryPerms;
  if (perms !== undefined && !isPlaceholder(perms) && !/^[0-7]{3,4}$/.test(perms))
    out.push(at(here(doc, 'directoryPerms'), '`directoryPerms` must be octal permissions such as "700" or "0755" (quote it).'));
  for (const k of ['uid', 'gid', 'gidRangeStart', 'gidRangeEnd']) {
    if (params[k] !== undefined && !isPlaceholder(params[k]) && !/^\d+$/.test(params[k]))
      out.push(at(here(doc, k), `\`${k}\` must be a whole number.`));
  }
  out.push(
    ...unknownKeys(
      doc,
      Object.keys(params),
      EFS_PARAMETERS.map((p) => p.key),
      /^csi\.storage\.k8s\.io\//,
      false,
    ),
  );
  return out;
}

function fsx(doc: DocUnit, params: Record<string, string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const dt = params.deploymentType;
  const types = ['SCRATCH_1', 'SCRATCH_2', 'PERSISTENT_1', 'PERSISTENT_2'];
  if (dt !== undefined && !isPlaceholder(dt) && !types.includes(dt)) {
    const guess = types.find((t) => t.toLowerCase() === dt.toLowerCase());
    out.push(
      at(
        here(doc, 'deploymentType'),
        `\`deploymentType\` must be one of ${types.join(', ')}.`,
        guess
          ? [{ title: `Change to "${guess}"`, edits: [{ ...here(doc, 'deploymentType'), newText: guess }], preferred: true }]
          : undefined,
      ),
    );
  }
  if (dt?.startsWith('PERSISTENT') && params.perUnitStorageThroughput === undefined)
    out.push(
      at(
        here(doc, 'deploymentType'),
        `${dt} file systems need \`perUnitStorageThroughput\` (MB/s per TiB) in \`parameters\`.`,
        undefined,
        'warning',
      ),
    );
  if (params.subnetId === undefined && Object.keys(params).length)
    out.push(
      at(
        keySpan(doc, [], 'parameters') ?? pathSpan(doc, ['parameters']),
        'FSx for Lustre dynamic provisioning needs `subnetId` in `parameters`.',
      ),
    );
  out.push(
    ...unknownKeys(
      doc,
      Object.keys(params),
      FSX_PARAMETERS.map((p) => p.key),
      /^csi\.storage\.k8s\.io\//,
      false,
    ),
  );
  return out;
}

/** Unknown keys are only worth a warning when they look like a misspelt known one. */
function unknownKeys(doc: DocUnit, keys: string[], known: string[], allowed: RegExp, caseInsensitive: boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  const set = new Set(known.map((k) => (caseInsensitive ? k.toLowerCase() : k)));
  for (const k of keys) {
    if (set.has(caseInsensitive ? k.toLowerCase() : k) || allowed.test(k)) continue;
    const guess = closest(k, known);
    if (!guess) continue;
    const keyNode = findProperty(findNodeAtPath(doc.root, ['parameters']), k)?.children?.[0];
    if (!keyNode) continue;
    out.push(
      at(
        keyNode,
        `Unknown parameter \`${k}\`: did you mean \`${guess}\`? The driver ignores or rejects keys it does not know.`,
        [{ title: `Rename to "${guess}"`, edits: [{ offset: keyNode.offset, length: keyNode.length, newText: guess }], preferred: true }],
        'warning',
      ),
    );
  }
  return out;
}
