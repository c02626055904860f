import { readPrivateCounts } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { peopleById } from '../workshop/workshopState.ts';
import { readPrivateState, settingFor } from './privateState.ts';
import './privateWriting.css';

/**
 * One line over the table while people write alone on this board (or notes wait for the
 * reveal): what it means for me, and how many notes each person has written, never what.
 * Absent otherwise, so the table's first row keeps its place.
 */
export function PrivateWritingBar({ board, writing }: { board: BoardRef; writing: boolean }) {
  const t = useT();
  const workshop = useWorkshop();
  const state = useDocSnapshot(workshop.doc, readPrivateState);
  const setting = settingFor(state, board);
  const counts = readPrivateCounts(workshop.doc, board);
  if (!setting && counts.length === 0) return null;
  const names = peopleById(workshop.state);
  const about = writing ? (setting?.anonymous ? 'private.onForAnonymous' : 'private.onFor') : 'private.onForViewer';
  return (
    <section className="private-bar" aria-label={t('private.tools')}>
      {setting && <p className="private-bar__about">{t(about)}</p>}
      <p className="private-bar__counts">
        <span className="private-bar__label">{t('private.counts')}:</span>{' '}
        {counts.length === 0 ? (
          t('private.noCounts')
        ) : (
          <span className="private-bar__list">
            {counts.map(({ person, count }) => (
              <span key={person} className="private-bar__count">
                {t('private.count', { name: names.get(person)?.name ?? t('private.someone'), count })}
              </span>
            ))}
          </span>
        )}
      </p>
    </section>
  );
}
