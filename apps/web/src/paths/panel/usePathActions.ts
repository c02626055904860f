import {
  addStep,
  createPath,
  deletePath,
  moveStep,
  type NewPath,
  type OperationError,
  type PathChanges,
  type PathId,
  type PathView,
  type PersonId,
  type PhaseId,
  type Result,
  removeStep,
  renamePath,
  restorePath,
  restoreStep,
  type StepChanges,
  type StepId,
  updateStep,
} from '@avaa/board-model';
import { useContext, useMemo } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { type Translate, useT } from '../../i18n/index.ts';
import { type BoardUiState, useBoardUi } from '../../state/boardUi.ts';
import { WorkshopContext } from '../../workshop/WorkshopContext.ts';
import { type PathUiState, usePathUi } from '../pathUi.ts';
import { pathControl } from './panelOpen.ts';

type Context = {
  readonly doc: Y.Doc;
  readonly t: Translate;
  readonly showToast: BoardUiState['showToast'];
  readonly startDrawing: PathUiState['startDrawing'];
  /** My person id where the domain records who added a path or a step. */
  readonly by: { readonly createdBy?: PersonId };
};

/**
 * The panel's changes to the board's paths: each is one domain operation. A refusal is said in
 * a toast in my language (the operation errors' words) and returned, null when done.
 */
export function usePathActions() {
  const { doc } = useBoard();
  const t = useT();
  const showToast = useBoardUi((state) => state.showToast);
  const startDrawing = usePathUi((state) => state.startDrawing);
  const personId = useWorkshopPerson();
  return useMemo(
    () => pathActions({ doc, t, showToast, startDrawing, by: personId ? { createdBy: personId } : {} }),
    [doc, t, showToast, startDrawing, personId],
  );
}

export type PathActions = ReturnType<typeof usePathActions>;

function useWorkshopPerson(): PersonId | null {
  return useContext(WorkshopContext)?.personId ?? null;
}

function pathActions(context: Context) {
  const { doc, by } = context;
  const done = (result: Result<unknown>) => (result.ok ? null : refused(context, result.error));
  return {
    /** Creates a path and starts drawing it; a refusal is the form's to say, beside the name. */
    create(path: NewPath): Result<PathId> {
      const result = createPath(doc, { ...path, ...by });
      if (result.ok) context.startDrawing(result.value);
      return result;
    },
    rename: (path: PathId, changes: PathChanges) => done(renamePath(doc, path, changes)),
    remove: (path: PathView) => removePath(context, path),
    addFree: (path: PathId, phase: PhaseId, text: string) => done(addStep(doc, path, { phase, text, ...by })),
    move: (path: PathId, step: StepId, position: number, phase?: PhaseId) =>
      done(moveStep(doc, path, step, phase === undefined ? { position } : { position, phase })),
    update: (path: PathId, step: StepId, changes: StepChanges) => done(updateStep(doc, path, step, changes)),
    removeStep: (path: PathId, step: StepId, label: string) => takeStep(context, path, step, label),
  };
}

function refused({ showToast, t }: Context, error: OperationError): OperationError {
  showToast({ message: t(`error.${error}`) });
  return error;
}

/** Deletes a path, with an Undo in the toast (as a note's deletion). */
function removePath(context: Context, path: PathView): OperationError | null {
  const { doc, t, showToast } = context;
  const result = deletePath(doc, path.id);
  if (!result.ok) return refused(context, result.error);
  const undo = () => {
    const restored = restorePath(doc, path.id);
    // Someone restored it first (Recently deleted): the Undo has nothing left to do.
    if (!restored.ok && restored.error !== 'path-not-deleted') refused(context, restored.error);
    focusAfterRender(() => pathControl(path.id, 'heading'), { onlyIfLost: true });
  };
  showToast({ message: t('pathPanel.deleted', { name: path.name }), action: { label: t('toast.undo'), run: undo } });
  return null;
}

/** Removes a step from path `label`, with an Undo in the toast that puts it back in its place. */
function takeStep(context: Context, path: PathId, step: StepId, label: string): OperationError | null {
  const { doc, t, showToast } = context;
  const result = removeStep(doc, path, step);
  if (!result.ok) return refused(context, result.error);
  const undo = () => {
    const restored = restoreStep(doc, path, step);
    if (!restored.ok) refused(context, restored.error);
    focusAfterRender(() => pathControl(path, 'step-label', step), { onlyIfLost: true });
  };
  showToast({ message: t('pathPanel.removed', { label }), action: { label: t('toast.undo'), run: undo } });
  return null;
}
