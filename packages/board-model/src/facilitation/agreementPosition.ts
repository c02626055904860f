import type * as Y from 'yjs';
import { keyBetween, spreadKeys } from '../fractionalKey.ts';
import type { RandomSource } from '../ids.ts';
import type { Position } from '../operations/position.ts';
import { type AgreementId, agreementsInSection, agreementsMap } from './agreement.ts';
import type { AgreementSectionId } from './agreementSections.ts';

/**
 * A fractional key that puts an item at `position` among its section's other items, as notes in
 * a cell: only the placed item is written, unless two neighbours share a key (a rare concurrent
 * insert), when the whole section is re-keyed first inside the caller's transaction.
 */
export function agreementKey(
  doc: Y.Doc,
  section: AgreementSectionId,
  position: Position,
  moving: AgreementId | undefined,
  random: RandomSource,
): string {
  const others = agreementsInSection(doc, section).filter((item) => item.id !== moving);
  const index =
    position === 'start' ? 0 : position === 'end' ? others.length : Math.max(0, Math.min(others.length, position));
  const low = others[index - 1]?.key ?? null;
  const high = others[index]?.key ?? null;
  if (low === null || high === null || low < high) return keyBetween(low, high, random);
  const keys = spreadKeys(others.length + 1);
  others.forEach((item, i) => {
    agreementsMap(doc)
      .get(item.id)
      ?.set('key', keys[i < index ? i : i + 1] as string);
  });
  return keys[index] as string;
}
