import type * as Y from 'yjs';
import { useUndoShortcuts, useUndoState } from '../doc/useUndo.ts';
import { useT } from '../i18n/index.ts';

/** Undo and redo of this person's own changes (others' edits are never undone from here). */
export function UndoButtons({ manager }: { manager: Y.UndoManager | null }) {
  const t = useT();
  const { canUndo, canRedo } = useUndoState(manager);
  useUndoShortcuts(manager);
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons, not form fields; the group only names them.
    <div className="undo-buttons" role="group" aria-label={t('board.toolbar')}>
      <button type="button" disabled={!canUndo} title={t('board.undoHint')} onClick={() => manager?.undo()}>
        <span aria-hidden="true">↶</span>
        <span className="undo-buttons__label">{t('board.undo')}</span>
      </button>
      <button type="button" disabled={!canRedo} title={t('board.redoHint')} onClick={() => manager?.redo()}>
        <span aria-hidden="true">↷</span>
        <span className="undo-buttons__label">{t('board.redo')}</span>
      </button>
    </div>
  );
}
