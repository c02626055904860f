import type * as Y from 'yjs';
import { cryptoRandom, type RandomSource } from '../ids.ts';
import type { Position } from '../operations/position.ts';
import { fail, ok, type Result } from '../result.ts';
import { type AgreementId, agreementEntry } from './agreement.ts';
import { agreementKey } from './agreementPosition.ts';
import { type AgreementSectionId, isAgreementSectionId } from './agreementSections.ts';

/** Moves an item inside its section or to another section; writes only its section and key. */
export function moveAgreement(
  doc: Y.Doc,
  id: AgreementId,
  section: AgreementSectionId,
  position: Position,
  options: { random?: RandomSource } = {},
): Result {
  if (!isAgreementSectionId(section)) return fail('unknown-section');
  const entry = agreementEntry(doc, id);
  if (!entry) return fail('unknown-agreement');
  doc.transact(() => {
    const key = agreementKey(doc, section, position, id, options.random ?? cryptoRandom);
    if (entry.get('section') !== section) entry.set('section', section);
    entry.set('key', key);
  });
  return ok();
}

/**
 * Removes an item (a soft delete, so a concurrent edit of it cannot bring back half an item).
 * Its text and owner are emptied with it: a removed item keeps no words or names in the
 * document (the server's copy collects the old values; Undo on the remover's device still
 * brings them back).
 */
export function removeAgreement(doc: Y.Doc, id: AgreementId): Result {
  const entry = agreementEntry(doc, id);
  if (!entry) return fail('unknown-agreement');
  doc.transact(() => {
    entry.set('removed', true);
    entry.set('text', '');
    entry.set('owner', '');
  });
  return ok();
}
