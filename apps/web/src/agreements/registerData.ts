import {
  type AgreementSectionId,
  type AgreementView,
  type CellId,
  isVisibleNote,
  type NoteId,
  type Round,
  readAgreements,
  readAllNotes,
  readProposals,
  readRounds,
} from '@avaa/board-model';
import { deriveReading } from '@avaa/workshop-client';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** A common-table note as an agreement item links to it: its text, cell, and whether it is still shown. */
export type LinkedNote = { readonly text: string; readonly cell: CellId; readonly shown: boolean };
export type LinkedNotes = Readonly<Record<NoteId, LinkedNote>>;

/** Every note of the common table by id, deleted and stacked ones too (an item may link to them). */
export function readLinkedNotes(boardDoc: Y.Doc): LinkedNotes {
  const notes: Record<NoteId, LinkedNote> = {};
  for (const note of readAllNotes(boardDoc)) {
    notes[note.id] = { text: note.text, cell: note.cell, shown: isVisibleNote(note) };
  }
  return notes;
}

export function useLinkedNotes(boardDoc: Y.Doc): LinkedNotes {
  return useDocSnapshot(boardDoc, readLinkedNotes);
}

export function useAgreements(workshopDoc: Y.Doc): readonly AgreementView[] {
  return useDocSnapshot(workshopDoc, readAgreements);
}

/** Participants' proposals waiting for the facilitator. */
export function useProposals(workshopDoc: Y.Doc): readonly AgreementView[] {
  return useDocSnapshot(workshopDoc, readProposals);
}

/**
 * The closed rounds. A round never changes once written, so the list is compared by ids rather
 * than by its JSON (up to MAX_ROUNDS snapshots of the whole table).
 */
export function useRounds(workshopDoc: Y.Doc): readonly Round[] {
  const rounds = useMemo(
    () =>
      deriveReading<readonly Round[]>({
        compute: () => readRounds(workshopDoc),
        share: (previous, next) => (roundIds(previous) === roundIds(next) ? previous : next),
        watch(changed) {
          workshopDoc.on('update', changed);
          return () => workshopDoc.off('update', changed);
        },
        watching: 'whileSubscribed',
        notify: 'onNewSnapshot',
      }),
    [workshopDoc],
  );
  return useReading(rounds);
}

const roundIds = (rounds: readonly Round[]) => rounds.map((round) => round.id).join(' ');

/** The register's items of one section, in order (the register is already ordered by section). */
export function inSection(items: readonly AgreementView[], section: AgreementSectionId): AgreementView[] {
  return items.filter((item) => item.section === section);
}
