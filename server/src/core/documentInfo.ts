/** What the status item shows: which kinds of document the file holds and which schema checks them. */
import type { RuleSettings, SourceFile } from './types';
import { describeTarget, targetFor } from './k8s/versions/target';
import type { SchemaStore } from './schema/store';
import type { WorkspaceIndex } from './workspace';
import type { DocumentInfo } from '../../../shared/src/protocol';
import { docAt } from './complete/location';
import { describeKind, schemaIdFor } from './families';
import { ID_BASE } from './schema/sources';

export function documentInfo(
  file: SourceFile | undefined,
  offset: number | undefined,
  store: SchemaStore,
  ws: WorkspaceIndex,
  settings?: RuleSettings,
): DocumentInfo {
  if (!file) return { ours: false, kinds: [] };
  const ours = file.docs.filter((d) => d.kind.family !== 'none');
  if (!ours.length) return { ours: false, kinds: [], tooLarge: file.tooLarge };
  const current = offset !== undefined ? docAt(file, offset) : ours[0];
  const kinds = [...new Set(ours.map((d) => describeKind(d.kind)))];
  const schemaId = current ? schemaIdFor(current.kind, store, ws) : undefined;
  const schema = schemaId?.startsWith(ID_BASE) ? decodeURIComponent(schemaId.slice(ID_BASE.length)) : schemaId;
  const kubernetesVersion = settings && current?.kind.family === 'k8s' ? describeTarget(targetFor(ws, file.uri, settings)) : undefined;
  return { ours: true, kinds, schema, tooLarge: file.tooLarge, ...(kubernetesVersion ? { kubernetesVersion } : {}) };
}
