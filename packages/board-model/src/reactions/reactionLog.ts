import { isPersonId, isReactionKind, REACTION_KINDS, type ReactionKind } from '@avaa/protocol';
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
  | { readonly anonymous: boolean }
  /** Reactions an imported workshop brought without names (its export was anonymous): counted as they are. */
  | { readonly board: string; readonly note: NoteId; readonly kind: ReactionKind; readonly count: number };

/** A note's reactions as published: counts, and who reacted unless reactions are anonymous. */
export type PublishedReaction = { readonly count: number; readonly people?: readonly PersonId[] };
export type NoteReactions = Partial<Record<ReactionKind, PublishedReaction>>;

/** Who reacted how, per board (the room's name), note and kind; and whether names are hidden. */
export class ReactionLog {
  /** board -> note -> kind -> people */
  readonly #boards = new Map<string, Map<NoteId, Map<ReactionKind, Set<PersonId>>>>();
  /** board -> `<note> <kind>` -> count brought by an import without names */
  readonly #imported = new Map<string, Map<string, number>>();
  #anonymous = false;

  get anonymous(): boolean {
    return this.#anonymous;
  }

  apply(entry: ReactionEntry): void {
    if ('anonymous' in entry) {
      if (typeof entry.anonymous === 'boolean') this.#anonymous = entry.anonymous;
      return;
    }
    if ('count' in entry) {
      this.#applyImported(entry);
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

  /** Whether anything was ever logged for the board (else what its document holds came from an import). */
  knows(board: string): boolean {
    return this.#boards.has(board) || this.#imported.has(board);
  }

  #applyImported(entry: { board: string; note: NoteId; kind: ReactionKind; count: number }): void {
    if (typeof entry.board !== 'string' || !isNoteId(entry.note) || !isReactionKind(entry.kind)) return;
    if (!Number.isSafeInteger(entry.count) || entry.count < 0) return;
    const counts = this.#imported.get(entry.board) ?? new Map<string, number>();
    this.#imported.set(entry.board, counts);
    counts.set(`${entry.note} ${entry.kind}`, entry.count);
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
    const imported = this.#imported.get(board) ?? new Map<string, number>();
    const notes = new Set([...(this.#boards.get(board)?.keys() ?? []), ...[...imported.keys()].map(noteOf)]);
    for (const note of notes) {
      const shown: Partial<Record<ReactionKind, PublishedReaction>> = {};
      for (const kind of REACTION_KINDS) {
        const people = this.#boards.get(board)?.get(note)?.get(kind) ?? new Set<PersonId>();
        const count = people.size + (imported.get(`${note} ${kind}`) ?? 0);
        if (count === 0) continue;
        shown[kind] = this.#anonymous || people.size === 0 ? { count } : { count, people: [...people].sort() };
      }
      if (Object.keys(shown).length > 0) published.set(note, shown);
    }
    return published;
  }
}

function noteOf(key: string): NoteId {
  return key.slice(0, key.indexOf(' ')) as NoteId;
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
