import type { AgreementSection, AgreementView } from '@avaa/board-model';
import type { ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';

/**
 * One of the method's six questions: its number, title and question, then its items. An empty
 * section says what belongs in it, so the register also works as the agenda.
 */
export function AgreementSectionView({
  section,
  number,
  items,
  renderItem,
  footer,
}: {
  section: AgreementSection;
  number: number;
  items: readonly AgreementView[];
  renderItem: (item: AgreementView, index: number) => ReactNode;
  footer?: ReactNode;
}) {
  const t = useT();
  const language = useLanguage();
  const headingId = `agreements-${section.id}`;
  return (
    <section className="agreement-section" data-section={section.id} aria-labelledby={headingId}>
      <header className="agreement-section__header">
        <p className="agreement-section__number">{t('agreements.sectionNumber', { number })}</p>
        <h2 id={headingId}>{section.title[language]}</h2>
        <p className="agreement-section__question">{section.question[language]}</p>
      </header>
      {items.length === 0 ? (
        <p className="agreement-section__empty">
          {t('agreements.empty')} {t(`agreements.hint.${section.id}`)}
        </p>
      ) : (
        <ol className="agreement-section__items">
          {items.map((item, index) => (
            <li key={item.id} data-agreement-id={item.id}>
              {renderItem(item, index)}
            </li>
          ))}
        </ol>
      )}
      {footer}
    </section>
  );
}
