import {
  type AgreementSectionId,
  type AgreementView,
  type CellId,
  isVisibleNote,
  type NoteId,
  type Round,
  readAgreements,
  readAllNotes,
  readRounds,
} from '@avaa/board-model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
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

/**
 * The closed rounds. A round never changes once written, so the list is compared by ids rather
 * than by its JSON (up to MAX_ROUNDS snapshots of the whole table).
 */
export function useRounds(workshopDoc: Y.Doc): readonly Round[] {
  const source = useMemo(() => {
    let snapshot = readRounds(workshopDoc);
    const signature = (rounds: readonly Round[]) => rounds.map((round) => round.id).join(' ');
    return {
      subscribe(listener: () => void) {
        const onUpdate = () => {
          const next = readRounds(workshopDoc);
          if (signature(next) === signature(snapshot)) return;
          snapshot = next;
          listener();
        };
        workshopDoc.on('update', onUpdate);
        onUpdate();
        return () => workshopDoc.off('update', onUpdate);
      },
      getSnapshot: () => snapshot,
    };
  }, [workshopDoc]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/** The register's items of one section, in order (the register is already ordered by section). */
export function inSection(items: readonly AgreementView[], section: AgreementSectionId): AgreementView[] {
  return items.filter((item) => item.section === section);
}
