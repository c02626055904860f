import type { AgreementView, Round } from '@avaa/board-model';
import type * as Y from 'yjs';
import { formatDate } from '../agreements/dates.ts';
import { type MessageKey, type PluralKey, usePlural, useT, useWorkshopLanguage } from '../i18n/index.ts';
import { useRoundChanges } from '../rounds/useRoundChanges.ts';

/**
 * Counts of the changes since the latest round (table, service paths, register), in plain words;
 * the rounds page has the details.
 */
export function FeedbackChanges({
  round,
  tableDoc,
  items,
}: {
  round: Round;
  tableDoc: Y.Doc;
  items: readonly AgreementView[];
}) {
  const t = useT();
  const counted = usePlural();
  const language = useWorkshopLanguage();
  const { table, paths, register } = useRoundChanges(round, tableDoc, items);
  const pathLines: [PluralKey, number][] = [
    ['pathChanges.added', paths.added.length],
    ['pathChanges.removed', paths.removed.length],
    ['pathChanges.stepsAdded', paths.stepsAdded.length],
    ['pathChanges.stepsMoved', paths.stepsMoved.length],
    ['pathChanges.stepsRemoved', paths.stepsRemoved.length],
    ['pathChanges.risksAdded', paths.risksAdded.length],
    ['pathChanges.risksResolved', paths.risksResolved.length],
    ['pathChanges.filled', paths.filled.length],
  ];
  const lines: [MessageKey, number][] = [
    ['feedback.changes.added', table.added.length],
    ['feedback.changes.moved', table.moved.length],
    ['feedback.changes.edited', table.edited.length],
    ['feedback.changes.removed', table.removed.length],
    ['feedback.changes.agreementsAdded', register.added.length],
    ['feedback.changes.statusChanged', register.statusChanged.length],
  ];
  const shown = [
    ...lines.filter(([, count]) => count > 0).map(([key, count]) => [key, t(key, { count })]),
    ...pathLines.filter(([, count]) => count > 0).map(([key, count]) => [key, counted(key, count)]),
  ];
  return (
    <section className="feedback__part" aria-labelledby="feedback-changes">
      <h2 id="feedback-changes" tabIndex={-1}>
        {t('feedback.changes', { date: formatDate(round.date, language) })}
      </h2>
      <p className="feedback__question">{t('feedback.changesRound', { name: round.name })}</p>
      {shown.length === 0 ? (
        <p>{t('feedback.changes.none')}</p>
      ) : (
        <ul className="feedback__changes">
          {shown.map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
