import * as Y from 'yjs';
import { isPathId, livePathEntry, type PathId } from '../paths/pathSchema.ts';
import { fail, ok, type Result } from '../result.ts';
import { type AgreementId, agreementEntry } from './agreement.ts';

/**
 * Links a live service path of the common table to an item of the register (question 6 of the
 * method: must the service path descriptions change?): `paths.set(pathId, true)` in the item's
 * map, nothing else. As note links, a map: links two people add at once are both kept, and a link
 * already there writes nothing.
 */
export function linkPathToAgreement(
  workshopDoc: Y.Doc,
  boardDoc: Y.Doc,
  agreementId: AgreementId,
  pathId: PathId,
): Result {
  if (!isPathId(pathId) || !livePathEntry(boardDoc, pathId)) return fail('unknown-path');
  const entry = agreementEntry(workshopDoc, agreementId);
  if (!entry) return fail('unknown-agreement');
  const links = entry.get('paths');
  if (links instanceof Y.Map && links.has(pathId)) return ok();
  workshopDoc.transact(() => {
    if (links instanceof Y.Map) links.set(pathId, true);
    // Items made before paths existed have no map: the first link makes it.
    else entry.set('paths', new Y.Map<boolean>([[pathId, true]]));
  });
  return ok();
}

/**
 * Takes a path's link off an item. A deleted path can be unlinked too (no board needed); a link
 * not there writes nothing.
 */
export function unlinkPathFromAgreement(workshopDoc: Y.Doc, agreementId: AgreementId, pathId: PathId): Result {
  if (!isPathId(pathId)) return fail('unknown-path');
  const entry = agreementEntry(workshopDoc, agreementId);
  if (!entry) return fail('unknown-agreement');
  const links = entry.get('paths');
  if (links instanceof Y.Map && links.has(pathId)) workshopDoc.transact(() => links.delete(pathId));
  return ok();
}
