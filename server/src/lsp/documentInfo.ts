/** What the status item shows: which kinds of document the file holds and which schema checks them. */
import type { LanguageService } from '../core/service';
import { describeKind } from '../core/detect';
import { docAt } from '../core/complete/location';
import type { DocumentInfo } from '../../../shared/src/protocol';

export function documentInfo(service: LanguageService, uri: string, offset?: number): DocumentInfo {
  const file = service.workspace.get(uri);
  if (!file) return { ours: false, kinds: [] };
  const ours = file.docs.filter((d) => d.kind.family !== 'none');
  if (!ours.length) return { ours: false, kinds: [], tooLarge: file.tooLarge };
  const current = offset !== undefined ? docAt(file, offset) : ours[0];
  const kinds = [...new Set(ours.map((d) => describeKind(d.kind)))];
  const schemaId = current ? service.store.schemaIdFor(current.kind) : undefined;
  const schema = schemaId ? decodeURIComponent(schemaId.replace(/^https:\/\/ecs-eks-architect\.local\/schemas\//, '')) : undefined;
  return { ours: true, kinds, schema, tooLarge: file.tooLarge };
}
