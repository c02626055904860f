import type { ReadyCheckState } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { answererName } from './useReadyCheck.ts';

/** Who is not ready yet, and why: asking for more time, or no answer. */
export function NotReadyList({ check }: { check: ReadyCheckState }) {
  const t = useT();
  const { state } = useWorkshop();
  const waiting = check.answerers.filter((entry) => entry.answer !== 'ready');
  if (waiting.length === 0) return <p className="ready-list__all">{t('readyCheck.allReady')}</p>;
  return (
    <div className="ready-list">
      <h3 className="ready-list__heading">{t('readyCheck.notReady')}</h3>
      <ul>
        {waiting.map((entry) => (
          <li key={entry.key} className={entry.answer === 'more-time' ? 'ready-list__more-time' : undefined}>
            {answererName(t, state, entry)}
            <span className="ready-list__state">
              {' – '}
              {entry.answer === 'more-time' ? t('readyCheck.moreTimeState') : t('readyCheck.noAnswer')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
