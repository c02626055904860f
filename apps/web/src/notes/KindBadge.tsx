import type { NoteKind } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';
import './kindBadge.css';
import './noteColours.css';

/** Gaps and ideas carry a word and an icon, so they are told apart without seeing colour. */
export function KindBadge({ kind }: { kind: NoteKind }) {
  const t = useT();
  if (kind === 'note') return null;
  return (
    <span className={`kind-badge kind-badge--${kind}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {kind === 'gap' ? (
          <path d="M8 1.5 15 14.5H1Z M8 6v4.5 M8 12v1.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        ) : (
          <path
            d="M8 1.5a4.5 4.5 0 0 0-2.6 8.2V12h5.2V9.7A4.5 4.5 0 0 0 8 1.5Z M6 14.3h4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        )}
      </svg>
      {t(`kind.${kind}`)}
    </span>
  );
}
