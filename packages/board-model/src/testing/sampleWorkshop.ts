import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { mergeGroupBoards } from '../operations/mergeGroupBoards.ts';
import { stackNotes } from '../operations/stackNotes.ts';
import { deletePath } from '../paths/deletePath.ts';
import type { StepId } from '../paths/pathSchema.ts';
import { removeStep } from '../paths/removeStep.ts';
import { seedBoard } from '../seed.ts';
import { addPerson } from '../workshop/operations/addPerson.ts';
import { movePerson } from '../workshop/operations/movePerson.ts';
import { removePerson } from '../workshop/operations/removePerson.ts';
import { setContact } from '../workshop/operations/setContact.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addNote } from './board.ts';
import { pathWith } from './paths.ts';
import { seededRandom } from './seededRandom.ts';

export const SAMPLE_TEXTS = {
  finnish: 'Nuoren ensikäynti – ”mistä aloitan?”',
  swedish: 'Hälsning på svenska: åtgärd och övergång',
  sami: 'Sámegiella: čáhci, đuoddar, ŋ, ŧ, š, ž',
  quoted: 'Kommat, "lainausmerkit"\nja rivinvaihto',
} as const;

export type SampleWorkshop = { workshop: Y.Doc; plenary: Y.Doc; groups: Map<number, Y.Doc> };

/**
 * A workshop with everything an export carries: people in two groups (one removed, one contact),
 * group boards merged into the common table, a stack, a deleted note, Finnish, Swedish and Sámi
 * text, quotes, commas and a line break; service paths: merged ones (one step linking a group
 * note that was never merged), free steps with risks, a step whose note was deleted, a removed
 * step and a deleted path. Deterministic (seeded ids, fixed clock).
 */
export function sampleWorkshop(): SampleWorkshop {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Ohjaamo-päivä – Åbo', language: 'fi', createdAt: 1_700_000_000_000 });
  const people = ['Aino Ääpälä', 'Åsa Öberg', 'Máret Sárá', 'Poistuva'].map((name, index) =>
    must(addPerson(workshop, { name, role: index === 2 ? 'client-representative' : 'core-staff' }, clock(index))),
  );
  const now = () => 1_700_000_100_000;
  must(movePerson(workshop, people[0] as PersonId, 1, { now }));
  must(movePerson(workshop, people[1] as PersonId, 2, { now }));
  must(movePerson(workshop, people[2] as PersonId, 1, { now }));
  must(setContact(workshop, people[2] as PersonId, people[0] as PersonId));
  must(removePerson(workshop, people[3] as PersonId));
  const groups = new Map([
    groupBoard(1, [SAMPLE_TEXTS.finnish, SAMPLE_TEXTS.sami]),
    groupBoard(2, [SAMPLE_TEXTS.swedish]),
  ]);
  const plenary = new Y.Doc();
  seedBoard(plenary, { title: 'Ohjaamo-päivä – Åbo', language: 'fi', createdAt: 1_700_000_000_000 });
  mergeGroupBoards(
    plenary,
    [...groups].map(([group, doc]) => ({ group, doc })),
    { random: seededRandom(7), now },
  );
  const head = addNote(plenary, 'before:services', { text: SAMPLE_TEXTS.quoted, kind: 'gap', colour: 'pink' }, 11);
  const member = addNote(plenary, 'before:services', 'Sama asia toisin sanoen', 12);
  must(stackNotes(plenary, head, [member]));
  const deleted = addNote(plenary, 'followup:participation', { text: 'Poistettu idea', kind: 'idea' }, 13);
  plenaryPaths(plenary, head, deleted);
  must(deleteNote(plenary, deleted));
  return { workshop, plenary, groups };
}

function plenaryPaths(plenary: Y.Doc, head: NoteId, deleted: NoteId): void {
  const student = pathWith(
    plenary,
    { name: 'Nuori, joka etsii opiskelupaikkaa', description: 'Tulee kaverin kanssa;\nkysyy "mitä nyt?"' },
    [
      head,
      { phase: 'during', text: 'Työkokeilu – *ei tarjolla*', risk: { kind: 'drop-out', reason: '' } },
      { phase: 'ending', text: 'Poistettava askel' },
      { noteId: deleted, text: 'Seurantasoitto' },
    ],
    2_000_000_000_000,
  );
  must(removeStep(plenary, student.path, student.steps[2] as StepId));
  const gone = pathWith(plenary, 'Poistettu polku', [{ phase: 'start', text: 'Vanha askel' }], 2_000_000_000_001);
  must(deletePath(plenary, gone.path, { now: () => 2_000_000_000_002 }));
}

function groupBoard(group: number, texts: readonly string[]): [number, Y.Doc] {
  const doc = new Y.Doc();
  seedBoard(doc, { title: 'Ohjaamo-päivä – Åbo', language: 'fi', createdAt: 1_700_000_100_000, group });
  const notes = texts.map((text, index) =>
    addNote(doc, index === 0 ? 'before:services' : 'during:participation', text, group * 10 + index),
  );
  if (group === 1) {
    pathWith(doc, 'Kertakävijä', [
      notes[0] as NoteId,
      {
        phase: 'start',
        text: 'Asumisneuvonta',
        risk: { kind: 'counter-to-counter', reason: 'Jonotus kestää viikkoja' },
      },
    ]);
  } else {
    // Linked, then deleted on the group's board: never merged, so the merged step links to nothing.
    const lost = addNote(doc, 'start:services', 'Poistuu ennen yhdistämistä', group * 10 + 9);
    pathWith(doc, { name: 'Engångsbesökare', colour: 'green' }, [lost, notes[0] as NoteId], 200);
    must(deleteNote(doc, lost));
  }
  return [group, doc];
}

function clock(index: number) {
  return { random: seededRandom(100 + index), now: () => 1_700_000_000_000 + index * 1000 };
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`sample workshop: ${result.error}`);
  return result.value;
}
