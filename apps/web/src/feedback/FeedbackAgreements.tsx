import { AGREEMENT_SECTIONS, type AgreementView } from '@avaa/board-model';
import { AgreementCard } from '../agreements/AgreementCard.tsx';
import { LinkedNoteList } from '../agreements/LinkedNoteList.tsx';
import { LinkedPathList } from '../agreements/LinkedPathList.tsx';
import type { LinkedPaths } from '../agreements/linkedPaths.ts';
import { inSection, type LinkedNotes } from '../agreements/registerData.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import '../agreements/agreements.css';

/** What was agreed, per question of the method; questions with nothing agreed are left out. */
export function FeedbackAgreements({
  items,
  notes,
  paths,
}: {
  items: readonly AgreementView[];
  notes: LinkedNotes;
  paths: LinkedPaths;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="feedback__part" aria-labelledby="feedback-agreements">
      <h2 id="feedback-agreements" tabIndex={-1}>
        {t('feedback.agreements')}
      </h2>
      {items.length === 0 && <p>{t('feedback.noAgreements')}</p>}
      {AGREEMENT_SECTIONS.map((section) => {
        const sectionItems = inSection(items, section.id);
        if (sectionItems.length === 0) return null;
        return (
          <section key={section.id} className="feedback__section" aria-labelledby={`feedback-${section.id}`}>
            <h3 id={`feedback-${section.id}`}>{section.title[language]}</h3>
            <p className="feedback__question">{section.question[language]}</p>
            <ul className="feedback__items">
              {sectionItems.map((item) => (
                <li key={item.id}>
                  <AgreementCard item={item}>
                    <LinkedNoteList ids={item.notes} notes={notes} itemText={item.text} />
                    <LinkedPathList item={item} paths={paths} />
                  </AgreementCard>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
