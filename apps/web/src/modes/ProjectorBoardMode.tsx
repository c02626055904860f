import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useBoardMode } from './useBoardMode.ts';
import './modes.css';

/** The shown board's mode in the projector's header, when it is not open: why nobody's edits appear. */
export function ProjectorBoardMode({ workshopDoc, board }: { readonly workshopDoc: Y.Doc; readonly board: BoardRef }) {
  const t = useT();
  const mode = useBoardMode(workshopDoc, board);
  if (mode === 'open') return null;
  return (
    <p className={`board-mode-tag board-mode-tag--${mode} board-mode-tag--projector`}>{t(`modes.projector.${mode}`)}</p>
  );
}
