import { AGREEMENT_SECTIONS, type AgreementSectionId, isAgreementSectionId } from '@avaa/board-model';
import { useId } from 'react';
import { useLanguage, useT } from '../../i18n/index.ts';

/** The agreement question an item answers; choosing another moves it to that question's end. */
export function SectionSelect({
  section,
  onSection,
}: {
  section: AgreementSectionId;
  onSection: (section: AgreementSectionId) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  return (
    <span className="agreement-actions__section">
      <label htmlFor={id}>{t('agreements.field.section')}</label>
      <select
        id={id}
        data-agreement-control="section"
        value={section}
        onChange={(event) => {
          if (isAgreementSectionId(event.target.value)) onSection(event.target.value);
        }}
      >
        {AGREEMENT_SECTIONS.map((option, i) => (
          <option key={option.id} value={option.id}>
            {`${i + 1}. ${option.title[language]}`}
          </option>
        ))}
      </select>
    </span>
  );
}
