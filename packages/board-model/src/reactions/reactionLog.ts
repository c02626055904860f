import { isPersonId, isReactionKind, type ReactionKind } from '@avaa/protocol';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';

/**
 * One line of a workshop's reaction log, kept by the server only (never in a document anyone
 * syncs): a person's reaction turned on or off on a board's note, or the facilitator's choice
 * whether reactions are anonymous. Read in order, the later line wins.
 */
export type ReactionEntry =
  | {
      readonly board: string;
      readonly note: NoteId;
      readonly kind: ReactionKind;
      readonly person: PersonId;
      readonly on: boolean;
    }
  | { readonly anonymous: boolean };

/** A note's reactions as published: counts, and who reacted unless reactions are anonymous. */
export type PublishedReaction = { readonly count: number; readonly people?: readonly PersonId[] };
export type NoteReactions = Partial<Record<ReactionKind, PublishedReaction>>;

/** Who reacted how, per board (the room's name), note and kind; and whether names are hidden. */
export class ReactionLog {
  /** board -> note -> kind -> people */
  readonly #boards = new Map<string, Map<NoteId, Map<ReactionKind, Set<PersonId>>>>();
  #anonymous = false;

  get anonymous(): boolean {
    return this.#anonymous;
  }

  apply(entry: ReactionEntry): void {
    if ('anonymous' in entry) {
      if (typeof entry.anonymous === 'boolean') this.#anonymous = entry.anonymous;
      return;
    }
    if (!isReactionEntry(entry)) return;
    const notes = this.#boards.get(entry.board) ?? new Map<NoteId, Map<ReactionKind, Set<PersonId>>>();
    this.#boards.set(entry.board, notes);
    const kinds = notes.get(entry.note) ?? new Map<ReactionKind, Set<PersonId>>();
    notes.set(entry.note, kinds);
    const people = kinds.get(entry.kind) ?? new Set<PersonId>();
    kinds.set(entry.kind, people);
    if (entry.on) people.add(entry.person);
    else people.delete(entry.person);
  }

  has(board: string, note: NoteId, kind: ReactionKind, person: PersonId): boolean {
    return this.#boards.get(board)?.get(note)?.get(kind)?.has(person) ?? false;
  }

  /** A person's own reactions on a board. */
  mine(board: string, person: PersonId): { note: NoteId; kind: ReactionKind }[] {
    const mine: { note: NoteId; kind: ReactionKind }[] = [];
    for (const [note, kinds] of this.#boards.get(board) ?? []) {
      for (const [kind, people] of kinds) if (people.has(person)) mine.push({ note, kind });
    }
    return mine;
  }

  /** What a board's document shows: per note, the counts (and names unless anonymous). */
  published(board: string): Map<NoteId, NoteReactions> {
    const published = new Map<NoteId, NoteReactions>();
    for (const [note, kinds] of this.#boards.get(board) ?? []) {
      const shown: Partial<Record<ReactionKind, PublishedReaction>> = {};
      for (const [kind, people] of kinds) {
        if (people.size === 0) continue;
        shown[kind] = this.#anonymous ? { count: people.size } : { count: people.size, people: [...people].sort() };
      }
      if (Object.keys(shown).length > 0) published.set(note, shown);
    }
    return published;
  }
}

function isReactionEntry(entry: { board: unknown; note: unknown; kind: unknown; person: unknown; on: unknown }) {
  return (
    typeof entry.board === 'string' &&
    isNoteId(entry.note) &&
    isReactionKind(entry.kind) &&
    isPersonId(entry.person) &&
    typeof entry.on === 'boolean'
  );
}
