import type * as Y from 'yjs';
import { fail, ok, type Result } from '../../result.ts';
import { readGroups, settingsMap } from '../schema.ts';

/** The facilitator lets new people in, or closes joining (the server refuses joins then). */
export function setJoiningOpen(doc: Y.Doc, open: boolean): Result {
  if (settingsMap(doc).get('joiningOpen') !== open) settingsMap(doc).set('joiningOpen', open);
  return ok();
}

/** The group whose board the projector and following screens show (null: none). */
export function setPresenting(doc: Y.Doc, group: number | null): Result {
  if (group !== null && !readGroups(doc).some((live) => live.number === group)) return fail('unknown-group');
  if (settingsMap(doc).get('presenting') !== group) settingsMap(doc).set('presenting', group);
  return ok();
}
