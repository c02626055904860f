import type { NoteId } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { dotsPath } from './dotsPath.ts';

const MENU_DOTS = dotsPath(
  [
    [2, 2],
    [2, 9],
    [2, 16],
  ],
  1.8,
);

type Props = { note: NoteId; label: string; menuOpen: boolean; panelId: string };

/** The button that opens and closes the note's actions panel, marked for focus to return to. */
export function MenuButton({ note, label, menuOpen, panelId }: Props) {
  const t = useT();
  const toggleMenu = useBoardUi((state) => state.toggleMenu);
  return (
    <button
      type="button"
      className="note__menu-button"
      data-note-control="menu"
      aria-label={t('note.actions', { note: label })}
      aria-expanded={menuOpen}
      aria-controls={menuOpen ? panelId : undefined}
      onClick={() => toggleMenu(note)}
    >
      <svg viewBox="0 0 4 18" width="4" height="18" aria-hidden="true" focusable="false">
        <path d={MENU_DOTS} />
      </svg>
    </button>
  );
}
