/** Every reference of the workspace by the name it is written with, for "find references" and lenses. */
import type { WorkspaceIndex } from '../workspace';
import { docRefs } from './collect';
import type { Reference } from './types';

export interface PlacedRef {
  uri: string;
  ref: Reference;
}

export interface RefIndex {
  byName: Map<string, PlacedRef[]>;
  /** references that name nothing (selectors): tried for every target */
  unnamed: PlacedRef[];
}

export function refIndex(ws: WorkspaceIndex): RefIndex {
  return ws.memo('refs.index', () => {
    const byName = new Map<string, PlacedRef[]>();
    const unnamed: PlacedRef[] = [];
    for (const { file, doc } of ws.entries()) {
      for (const ref of docRefs(file.text, doc).references) {
        const placed = { uri: file.uri, ref };
        if (ref.name === undefined) unnamed.push(placed);
        else {
          const l = byName.get(ref.name);
          if (l) l.push(placed);
          else byName.set(ref.name, [placed]);
        }
      }
    }
    return { byName, unnamed };
  });
}
