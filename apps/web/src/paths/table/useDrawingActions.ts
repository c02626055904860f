import { addStep, type NoteView, type PathView, type PhaseId, removeStep } from '@avaa/board-model';
import type { PersonId } from '@avaa/protocol';
import type * as Y from 'yjs';
import { useBoard } from '../../board/BoardContext.ts';
import { noteLabel, phaseName } from '../../board/names.ts';
import { type Translate, useLanguage, useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { pickOf } from './pickStep.ts';

/** What drawing does to the document, each saying what happened in words for the live region. */
export type DrawingActions = {
  readonly pick: (note: NoteView) => void;
  readonly addMissing: (phase: PhaseId, text: string) => boolean;
  readonly undoLast: () => void;
};

type Context = {
  readonly doc: Y.Doc;
  readonly path: PathView;
  readonly say: (text: string) => void;
  readonly t: Translate;
  readonly by: { createdBy?: PersonId };
};

/**
 * Picks, missing services and "undo last" on the path being drawn (`path`, the live view; null
 * while none is). Each is one transaction, which the board's undo also takes back.
 */
export function useDrawingActions(doc: Y.Doc, path: PathView | null, say: (text: string) => void): DrawingActions {
  const t = useT();
  const language = useLanguage();
  const { personId } = useWorkshop();
  const { undo } = useBoard();
  const by = personId === null ? {} : { createdBy: personId };
  const context = path ? { doc, path, say, t, by } : null;
  return {
    pick: (note) => context && alone(undo, () => pickNote(context, note)),
    addMissing: (phase, text) =>
      context !== null && alone(undo, () => addMissing(context, phase, text, phaseName(phase, language))),
    undoLast: () => context && undoLast(context),
  };
}

/**
 * Runs a change as a step of the board's undo of its own: picks come faster than the undo's
 * capture time, and one Ctrl+Z should take back one pick, not the last three.
 */
export function alone<T>(undo: Y.UndoManager | null, change: () => T): T {
  undo?.stopCapturing();
  const result = change();
  undo?.stopCapturing();
  return result;
}

function pickNote({ doc, path, say, t, by }: Context, note: NoteView): void {
  const step = noteLabel(note.text);
  const decided = pickOf(path, note.id);
  if (decided.kind === 'last') {
    say(t('pathDrawing.alreadyLast', { step, number: decided.number }));
    return;
  }
  const result = addStep(doc, path.id, { noteId: note.id, ...by });
  if (!result.ok) {
    say(t(`error.${result.error}`));
    return;
  }
  const number = path.steps.length + 1;
  say(
    decided.kind === 'again'
      ? t('pathDrawing.addedAgain', { number, step, earlier: decided.earlier })
      : t('pathDrawing.added', { number, step }),
  );
}

function addMissing({ doc, path, say, t, by }: Context, phase: PhaseId, text: string, phaseWords: string): boolean {
  const result = addStep(doc, path.id, { phase, text, ...by });
  if (!result.ok) {
    say(t(`error.${result.error}`));
    return false;
  }
  say(t('pathDrawing.missingAdded', { number: path.steps.length + 1, step: text.trim(), phase: phaseWords }));
  return true;
}

function undoLast({ doc, path, say, t }: Context): void {
  const last = path.steps.at(-1);
  if (!last) return;
  const result = removeStep(doc, path.id, last.id);
  if (!result.ok) {
    say(t(`error.${result.error}`));
    return;
  }
  say(t('pathDrawing.removed', { number: path.steps.length, step: noteLabel(last.note?.text ?? last.text) }));
}
