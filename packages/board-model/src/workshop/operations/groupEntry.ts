import * as Y from 'yjs';
import { groupsMap } from '../schema.ts';

/** Makes group `number` live (creating it if new); runs inside the caller's transaction. */
export function ensureGroup(doc: Y.Doc, number: number, now: number): void {
  const existing = groupsMap(doc).get(String(number));
  if (existing instanceof Y.Map) {
    if (existing.get('removed') === true) existing.set('removed', false);
    return;
  }
  const group = new Y.Map<unknown>();
  group.set('number', number);
  group.set('createdAt', now);
  group.set('removed', false);
  groupsMap(doc).set(String(number), group);
}
