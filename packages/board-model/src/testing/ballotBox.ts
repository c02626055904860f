import type * as Y from 'yjs';
import { type BallotEntry, Ballots } from '../facilitation/ballots.ts';
import { ballotEntryFor, type DotChange, ownDots, publishTally } from '../facilitation/dotChanges.ts';
import { legacyBallots, stripLegacyDots } from '../facilitation/legacyDots.ts';
import { votesMap } from '../facilitation/vote.ts';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { ok, type Result } from '../result.ts';

/** Test-only: what the server does with people's dots (keeps the ballots, publishes the counts). */
export class BallotBox {
  readonly entries: BallotEntry[] = [];
  readonly ballots = new Ballots();

  place(doc: Y.Doc, vote: string, person: PersonId, note: NoteId): Result {
    return this.#change(doc, { vote, person, note, action: 'place' });
  }

  takeBack(doc: Y.Doc, vote: string, person: PersonId, note: NoteId): Result {
    return this.#change(doc, { vote, person, note, action: 'take-back' });
  }

  /** What the server does when a board with dots of before loads (legacyDots.ts). */
  static migrate(doc: Y.Doc): BallotBox {
    const box = new BallotBox();
    for (const entry of legacyBallots(doc)) {
      box.entries.push(entry);
      box.ballots.apply(entry);
    }
    stripLegacyDots(doc);
    for (const vote of votesMap(doc).keys()) publishTally(doc, box.ballots, vote, box.entries.length);
    return box;
  }

  dotsOf(doc: Y.Doc, vote: string, person: PersonId) {
    return ownDots(doc, this.ballots, vote, person);
  }

  #change(doc: Y.Doc, change: DotChange): Result {
    const entry = ballotEntryFor(doc, this.ballots, change);
    if (!entry.ok) return entry;
    if (entry.value === null) return ok();
    this.entries.push(entry.value);
    this.ballots.apply(entry.value);
    publishTally(doc, this.ballots, change.vote, this.entries.length);
    return ok();
  }
}
