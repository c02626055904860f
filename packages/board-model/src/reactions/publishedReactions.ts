import { isPersonId, isReactionKind, REACTION_KINDS, type ReactionKind } from '@avaa/protocol';
import type * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import type { NoteReactions, PublishedReaction, ReactionEntry } from './reactionLog.ts';

/**
 * A board's `reactions` root, written by the server only (server auth/serverOwned.ts): per note
 * id, `{<kind>: {count, people?}}`, and under `ANONYMOUS_KEY` whether names are hidden. Who
 * reacted is kept by the server (ReactionLog); the document gets only what may be shown.
 */
export const REACTIONS_ROOT = 'reactions';
/** Not a note id's shape, so it never meets one. */
const ANONYMOUS_KEY = '~anonymous';

export function reactionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(REACTIONS_ROOT);
}

/** Makes the document's `reactions` match `published`: changes only what differs. */
export function publishReactions(doc: Y.Doc, published: ReadonlyMap<NoteId, NoteReactions>, anonymous: boolean): void {
  const root = reactionsMap(doc);
  doc.transact(() => {
    // Absent reads as not anonymous: a board nobody reacted on is never written by a load.
    if ((root.get(ANONYMOUS_KEY) === true) !== anonymous) root.set(ANONYMOUS_KEY, anonymous);
    for (const key of [...root.keys()]) if (key !== ANONYMOUS_KEY && !published.has(key as NoteId)) root.delete(key);
    for (const [note, reactions] of published) {
      if (JSON.stringify(root.get(note)) !== JSON.stringify(reactions)) root.set(note, reactions);
    }
  });
}

/** Whether the facilitator chose anonymous reactions (names never published). */
export function reactionsAnonymous(doc: Y.Doc): boolean {
  return reactionsMap(doc).get(ANONYMOUS_KEY) === true;
}

export type ReactionCount = {
  readonly kind: ReactionKind;
  readonly count: number;
  readonly people: readonly PersonId[];
};

/** A note's reactions in the fixed order of the kinds, every kind (count 0 when none). */
export function readNoteReactions(doc: Y.Doc, note: NoteId): ReactionCount[] {
  const value = reactionsMap(doc).get(note);
  return REACTION_KINDS.map((kind) => ({ kind, ...readReaction(value, kind) }));
}

/** Every note with reactions on the board (exports read them). */
export function readBoardReactions(doc: Y.Doc): Map<NoteId, ReactionCount[]> {
  const all = new Map<NoteId, ReactionCount[]>();
  for (const key of reactionsMap(doc).keys()) if (isNoteId(key)) all.set(key, readNoteReactions(doc, key));
  return all;
}

function readReaction(value: unknown, kind: ReactionKind): { count: number; people: PersonId[] } {
  if (typeof value !== 'object' || value === null) return { count: 0, people: [] };
  const entry = (value as Record<string, unknown>)[kind] as Partial<PublishedReaction> | undefined;
  const count = typeof entry?.count === 'number' && Number.isSafeInteger(entry.count) ? Math.max(0, entry.count) : 0;
  const people = Array.isArray(entry?.people) ? entry.people.filter((person) => isPersonId(person)) : [];
  return { count, people: people as PersonId[] };
}

export { isReactionKind, REACTION_KINDS, type ReactionKind };

/**
 * What a board's document holds of reactions that its log never had (an imported workshop): as
 * log entries, each named person's reaction and the count beyond the names.
 */
export function importedReactionEntries(doc: Y.Doc, board: string): ReactionEntry[] {
  const entries: ReactionEntry[] = [];
  for (const [note, kinds] of readBoardReactions(doc)) {
    for (const { kind, count, people } of kinds) {
      for (const person of people) entries.push({ board, note, kind, person, on: true });
      if (count > people.length) entries.push({ board, note, kind, count: count - people.length });
    }
  }
  return entries;
}
