import { isChangeId } from '@avaa/protocol';
import type { PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import type { PersonDots, VoteTally } from './vote.ts';

/**
 * Who placed which dot: kept by the server only (beside the common table, never in a document
 * anyone syncs), as a log of slot writes read in order. Each person owns `dotsPerPerson` fixed
 * slots of a vote; a dot is a slot holding a note id. A later write to a slot replaces the
 * earlier one, so however writes from several nodes interleave, a person never holds more than
 * N dots, and every node reading the same log counts the same.
 */
export type BallotEntry = {
  readonly vote: string;
  readonly person: PersonId;
  readonly slot: number;
  readonly note: NoteId | null;
  /**
   * The id the person's device gave the change, so a change sent again (its answer was lost,
   * or the page reloaded before it came) is not counted twice.
   */
  readonly change?: string;
};

// A device's id for one dot change (what `BallotEntry.change` holds): defined in @avaa/protocol.
export { isChangeId };

export class Ballots {
  /** vote -> person -> slots */
  readonly #slots = new Map<string, Map<PersonId, Map<number, NoteId | null>>>();
  /** `<vote> <person> <change>` of every change stored. */
  readonly #changes = new Set<string>();
  /** The change that wrote each slot last, by `<vote> <person> <slot>`. */
  readonly #lastChange = new Map<string, string | undefined>();

  apply(entry: BallotEntry): void {
    if (!isBallotEntry(entry)) return;
    if (entry.change !== undefined) this.#changes.add(`${entry.vote} ${entry.person} ${entry.change}`);
    this.#lastChange.set(`${entry.vote} ${entry.person} ${entry.slot}`, entry.change);
    const vote = this.#slots.get(entry.vote) ?? new Map<PersonId, Map<number, NoteId | null>>();
    this.#slots.set(entry.vote, vote);
    const person = vote.get(entry.person) ?? new Map<number, NoteId | null>();
    vote.set(entry.person, person);
    person.set(entry.slot, entry.note);
  }

  /** Whether this change of the person's is stored already. */
  has(vote: string, person: PersonId, change: string): boolean {
    return this.#changes.has(`${vote} ${person} ${change}`);
  }

  /**
   * Whether a placed dot was overtaken: another dot of the person's was stored into the same
   * slot after it. With several nodes, one person's two places at the same moment (two devices)
   * can pick the same free slot, and the later in the log replaces the other.
   */
  overtaken(entry: BallotEntry): boolean {
    const key = `${entry.vote} ${entry.person} ${entry.slot}`;
    const note = this.#slots.get(entry.vote)?.get(entry.person)?.get(entry.slot) ?? null;
    return entry.note !== null && note !== null && this.#lastChange.get(key) !== entry.change;
  }

  /** The notes a person's dots are on, in slot order (slots past the limit are never counted). */
  dotsOf(vote: string, person: PersonId, limit: number): NoteId[] {
    const slots = this.#slots.get(vote)?.get(person);
    if (!slots) return [];
    return [...slots]
      .filter((entry): entry is [number, NoteId] => entry[0] < limit && entry[1] !== null)
      .sort((a, b) => a[0] - b[0])
      .map(([, note]) => note);
  }

  /** The write that places one more dot of the person on a note: their first free slot. */
  place(vote: string, person: PersonId, limit: number, note: NoteId): Result<BallotEntry> {
    const slots = this.#slots.get(vote)?.get(person);
    const free = Array.from({ length: limit }, (_, slot) => slot).find((slot) => (slots?.get(slot) ?? null) === null);
    return free === undefined ? fail('no-dots-left') : ok({ vote, person, slot: free, note });
  }

  /** The write that takes back one of the person's dots from a note: empties the last slot holding it. */
  takeBack(vote: string, person: PersonId, limit: number, note: NoteId): Result<BallotEntry> {
    const slots = [...(this.#slots.get(vote)?.get(person) ?? [])].filter(([slot, on]) => slot < limit && on === note);
    const last = slots.sort((a, b) => b[0] - a[0])[0];
    return last ? ok({ vote, person, slot: last[0], note: null }) : fail('no-dot-on-note');
  }

  /** The counts a vote's tally publishes (no person in them). */
  tally(vote: string, limit: number, upTo: number): VoteTally {
    const perNote: Record<string, number> = {};
    let voters = 0;
    for (const person of this.#slots.get(vote)?.keys() ?? []) {
      const notes = this.dotsOf(vote, person, limit);
      if (notes.length > 0) voters += 1;
      for (const note of notes) perNote[note] = (perNote[note] ?? 0) + 1;
    }
    return { perNote, voters, upTo };
  }

  /** Each person's dots, by person id: for the facilitator of a vote that is not anonymous. */
  perPerson(vote: string, limit: number): PersonDots[] {
    return [...(this.#slots.get(vote)?.keys() ?? [])]
      .sort()
      .map((person) => ({ person, notes: this.dotsOf(vote, person, limit) }))
      .filter((entry) => entry.notes.length > 0);
  }
}

function isBallotEntry(entry: BallotEntry): boolean {
  return (
    typeof entry.vote === 'string' &&
    isNoteId(entry.person) &&
    Number.isSafeInteger(entry.slot) &&
    entry.slot >= 0 &&
    (entry.note === null || isNoteId(entry.note)) &&
    (entry.change === undefined || isChangeId(entry.change))
  );
}
