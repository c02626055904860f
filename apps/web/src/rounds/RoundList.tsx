import type { Round } from '@avaa/board-model';
import { formatDate } from '../agreements/dates.ts';
import { usePlural, useT, useWorkshopLanguage } from '../i18n/index.ts';

/** The closed rounds, newest first; choosing one compares today's table and agreements with it. */
export function RoundList({
  rounds,
  chosen,
  onChoose,
}: {
  rounds: readonly Round[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const t = useT();
  const counted = usePlural();
  const language = useWorkshopLanguage();
  return (
    <section className="round-list" aria-labelledby="round-list-heading">
      <h2 id="round-list-heading">{t('rounds.list.heading')}</h2>
      {rounds.length === 0 ? (
        <p>{t('rounds.list.empty')}</p>
      ) : (
        <ul>
          {[...rounds].reverse().map((round) => {
            const here = round.id === chosen;
            return (
              <li key={round.id} className={here ? 'round-list__item round-list__item--chosen' : 'round-list__item'}>
                <div className="round-list__text">
                  <strong>{round.name}</strong>
                  <span>{formatDate(round.date, language)}</span>
                  <span>
                    {t(round.paths?.length ? 'pathChanges.listCounts' : 'rounds.list.counts', {
                      noteWords: counted('count.notes', round.notes.length),
                      pathWords: counted('pathChanges.count', round.paths?.length ?? 0),
                      agreementWords: counted('count.agreements', round.agreements.length),
                    })}
                  </span>
                  {here && <span className="round-list__tag">{t('rounds.list.comparing')}</span>}
                </div>
                <button
                  type="button"
                  aria-pressed={here}
                  aria-label={t('rounds.list.compareNamed', { name: round.name })}
                  onClick={() => onChoose(round.id)}
                >
                  {here && <span aria-hidden="true">✓ </span>}
                  {t('rounds.list.compare')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
