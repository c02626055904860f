import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import type { BallotEntry } from './ballots.ts';
import { votesMap } from './vote.ts';

/**
 * Votes written before dots left the document (issue 14) held who placed which dot:
 * `dots: Y.Map<'<person>:<slot>', NoteId | null>` and, once closed, `frozen: { perNote,
 * perPerson }` (perPerson for a named vote). Also an import writes them so (exchange/).
 * The server takes these out when a common table loads: first into its ballots, then out of
 * the document, so nobody syncing the board reads them again.
 */
export function legacyBallots(doc: Y.Doc): BallotEntry[] {
  const entries: BallotEntry[] = [];
  votesMap(doc).forEach((vote, id) => {
    if (!(vote instanceof Y.Map)) return;
    const dots = vote.get('dots');
    if (dots instanceof Y.Map) {
      dots.forEach((note, key) => {
        const match = /^([0-9a-z]{12}):(\d+)$/.exec(key);
        if (match && (note === null || isNoteId(note))) {
          entries.push({ vote: id, person: match[1] as PersonId, slot: Number(match[2]), note });
        }
      });
    }
    for (const [person, notes] of Object.entries(frozenPerPerson(vote))) {
      notes.forEach((note, slot) => {
        entries.push({ vote: id, person: person as PersonId, slot, note });
      });
    }
  });
  return entries;
}

/** Whether the document still names anyone in a vote. */
export function holdsLegacyDots(doc: Y.Doc): boolean {
  let found = false;
  votesMap(doc).forEach((vote) => {
    if (vote instanceof Y.Map && (vote.has('dots') || Object.keys(frozenPerPerson(vote)).length > 0)) found = true;
  });
  return found;
}

/**
 * Removes every `dots` map (with a gc-enabled document its entries, keys included, are collected
 * with it) and a closed vote's per-person results, keeping its counts.
 */
export function stripLegacyDots(doc: Y.Doc): void {
  doc.transact(() => {
    votesMap(doc).forEach((vote) => {
      if (!(vote instanceof Y.Map)) return;
      if (vote.has('dots')) vote.delete('dots');
      const frozen = vote.get('frozen');
      if (Object.keys(frozenPerPerson(vote)).length > 0) {
        vote.set('frozen', { perNote: (frozen as { perNote?: unknown }).perNote ?? {}, perPerson: null });
      }
    });
  });
}

function frozenPerPerson(vote: Y.Map<unknown>): Record<string, NoteId[]> {
  const frozen = vote.get('frozen');
  const perPerson =
    typeof frozen === 'object' && frozen !== null ? (frozen as Record<string, unknown>).perPerson : null;
  if (typeof perPerson !== 'object' || perPerson === null) return {};
  const found: Record<string, NoteId[]> = {};
  for (const [person, notes] of Object.entries(perPerson)) {
    if (/^[0-9a-z]{12}$/.test(person) && Array.isArray(notes)) found[person] = notes.filter(isNoteId);
  }
  return found;
}
