import type { NoteId } from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useLinkedPaths } from '../agreements/linkedPaths.ts';
import { useAgreements, useLinkedNotes, useRounds } from '../agreements/registerData.ts';
import { useT } from '../i18n/index.ts';
import { FeedbackAgreements } from './FeedbackAgreements.tsx';
import { FeedbackChanges } from './FeedbackChanges.tsx';
import { FeedbackPaths } from './FeedbackPaths.tsx';
import { FeedbackTableView } from './FeedbackTableView.tsx';

/**
 * The page's parts (agreements, changes, the table, its service paths), with a short contents
 * list first (the page is long on a phone).
 */
export function FeedbackContent({
  workshopDoc,
  tableDoc,
  tableLoaded,
}: {
  workshopDoc: Y.Doc;
  tableDoc: Y.Doc;
  /** Until the table has loaded, every note of the round would look removed. */
  tableLoaded: boolean;
}) {
  const t = useT();
  const items = useAgreements(workshopDoc);
  const rounds = useRounds(workshopDoc);
  const notes = useLinkedNotes(tableDoc);
  const paths = useLinkedPaths(tableDoc);
  const latest = tableLoaded ? rounds.at(-1) : undefined;
  const agreed = useMemo(() => new Set<NoteId>(items.flatMap((item) => item.notes)), [items]);
  return (
    <main className="feedback__main">
      <p className="feedback__intro">{t('feedback.intro')}</p>
      <nav className="feedback__contents" aria-label={t('feedback.contents')}>
        <ul>
          <li>
            <a href="#feedback-agreements">{t('feedback.agreements')}</a>
          </li>
          {latest && (
            <li>
              <a href="#feedback-changes">{t('feedback.changesShort')}</a>
            </li>
          )}
          <li>
            <a href="#feedback-table">{t('feedback.table')}</a>
          </li>
          <li>
            <a href="#feedback-paths">{t('pathChanges.feedbackHeading')}</a>
          </li>
        </ul>
      </nav>
      <FeedbackAgreements items={items} notes={notes} paths={paths} />
      {latest && <FeedbackChanges round={latest} tableDoc={tableDoc} items={items} />}
      <FeedbackTableView tableDoc={tableDoc} agreed={agreed} />
      <FeedbackPaths tableDoc={tableDoc} />
    </main>
  );
}
