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
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { WorkshopContext } from '../../workshop/WorkshopContext.ts';
import { usePathUi } from '../pathUi.ts';
import { pathControl } from './panelOpen.ts';

/**
 * The panel's changes to the board's paths: each is one domain operation, written with my
 * person id where the domain keeps one. A refusal is said in a toast in my language (the
 * operation errors' words) and returned, so a form can keep what was typed.
 */
export function usePathActions() {
  const { doc } = useBoard();
  const t = useT();
  const showToast = useBoardUi((state) => state.showToast);
  const startDrawing = usePathUi((state) => state.startDrawing);
  const personId = useContext(WorkshopContext)?.personId ?? null;
  return useMemo(() => {
    const by = personId ? { createdBy: personId } : {};
    const refused = (error: OperationError): OperationError => {
      showToast({ message: t(`error.${error}`) });
      return error;
    };
    const done = (result: { ok: true } | { ok: false; error: OperationError }): OperationError | null =>
      result.ok ? null : refused(result.error);
    return {
      /** Creates a path and starts drawing it; a refusal is the form's to say, beside the name. */
      create(path: NewPath): Result<PathId> {
        const result = createPath(doc, { ...path, ...by });
        if (result.ok) startDrawing(result.value);
        return result;
      },
      rename: (path: PathId, changes: PathChanges) => done(renamePath(doc, path, changes)),
      remove(path: PathView) {
        const result = deletePath(doc, path.id);
        if (!result.ok) return refused(result.error);
        const undo = () => {
          const restored = restorePath(doc, path.id);
          if (!restored.ok) refused(restored.error);
          focusAfterRender(() => pathControl(path.id, 'heading'), { onlyIfLost: true });
        };
        showToast({
          message: t('pathPanel.deleted', { name: path.name }),
          action: { label: t('toast.undo'), run: undo },
        });
        return null;
      },
      addFree: (path: PathId, phase: PhaseId, text: string) => done(addStep(doc, path, { phase, text, ...by })),
      move: (path: PathId, step: StepId, position: number, phase?: PhaseId) =>
        done(moveStep(doc, path, step, phase === undefined ? { position } : { position, phase })),
      update: (path: PathId, step: StepId, changes: StepChanges) => done(updateStep(doc, path, step, changes)),
      removeStep(path: PathId, step: StepId, number: number) {
        const result = removeStep(doc, path, step);
        if (!result.ok) return refused(result.error);
        const undo = () => {
          const restored = restoreStep(doc, path, step);
          if (!restored.ok) refused(restored.error);
          focusAfterRender(() => pathControl(path, 'step-label', step), { onlyIfLost: true });
        };
        showToast({ message: t('pathPanel.removed', { number }), action: { label: t('toast.undo'), run: undo } });
        return null;
      },
    };
  }, [doc, t, showToast, startDrawing, personId]);
}

export type PathActions = ReturnType<typeof usePathActions>;
