import type * as Y from 'yjs';
import { addAgreement } from '../facilitation/addAgreement.ts';
import { AGREEMENT_STATUSES } from '../facilitation/agreementRules.ts';
import { AGREEMENT_SECTION_IDS } from '../facilitation/agreementSections.ts';
import { closeRound } from '../facilitation/closeRound.ts';
import { closeVote, openVote } from '../facilitation/voteOperations.ts';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId, RandomSource } from '../ids.ts';
import { isVisibleNote, readAllNotes } from '../schema.ts';
import { BallotBox } from '../testing/ballotBox.ts';

/**
 * Test-only: agreements, a round and votes (open and closed, anonymous and named) written with
 * the domain operations in a random mix, for the export round-trip property test.
 */
const TEXTS = [
  'Sovitaan perehdytys – ”heti”',
  'Beredning: åtgärd och övergång',
  'Čáhci ja đuoddar',
  'Kysytään johdolta',
];
const OWNERS = ['', 'Aino Ääpälä', 'johtoryhmä', 'Åsa Öberg'];
const VOTERS = ['voter0000001', 'voter0000002', 'voter0000003'] as PersonId[];

function pick<T>(items: readonly T[], random: RandomSource): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function applyRandomFacilitation(workshop: Y.Doc, plenary: Y.Doc, random: RandomSource, clock: number): void {
  const notes = readAllNotes(plenary)
    .filter(isVisibleNote)
    .map((note) => note.id);
  const now = () => clock;
  const items = Math.floor(random() * 6);
  for (let i = 0; i < items; i++) {
    const due = random() < 0.5 ? null : `2027-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    addAgreement(
      workshop,
      pick(AGREEMENT_SECTION_IDS, random),
      {
        text: pick(TEXTS, random),
        owner: pick(OWNERS, random),
        due,
        status: pick(AGREEMENT_STATUSES, random),
        notes: notes.length > 0 && random() < 0.5 ? [pick(notes, random)] : [],
      },
      { random, now },
    );
  }
  if (random() < 0.4) closeRound(workshop, plenary, { name: 'Kierros 1', date: '2026-11-24' }, { random, now });
  const votes = Math.floor(random() * 3);
  for (let i = 0; i < votes; i++) randomVote(plenary, notes, random, clock + i);
}

function randomVote(plenary: Y.Doc, notes: readonly NoteId[], random: RandomSource, openedAt: number): void {
  const opened = openVote(
    plenary,
    { dotsPerPerson: 1 + Math.floor(random() * 3), anonymous: random() < 0.5 },
    { random, now: () => openedAt },
  );
  if (!opened.ok || notes.length === 0) return;
  const box = new BallotBox();
  for (let dot = 0; dot < 6; dot++) {
    box.place(plenary, opened.value, pick(VOTERS, random), pick(notes, random));
  }
  if (random() < 0.6) closeVote(plenary, opened.value);
}
