import { isLanguage, LANGUAGES, type Language } from '@avaa/board-model';
import { useId } from 'react';
import { LANGUAGE_NAMES } from '../i18n/index.ts';
import { usePrintT } from '../i18n/print/index.ts';

type Props = { language: Language; onChange: (language: Language) => void };

/**
 * The language the PDF's headings, labels and dates are printed in; the dialog starts with the
 * UI language, so a Swedish reader of a Finnish workshop gets a Swedish table. Notes print as
 * they were written.
 */
export function PrintLanguage({ language, onChange }: Props) {
  const t = usePrintT();
  const id = useId();
  return (
    <p className="print-options__language">
      <label htmlFor={id}>{t('print.language')}</label>{' '}
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {LANGUAGES.map((known) => (
          <option key={known} value={known} lang={known}>
            {LANGUAGE_NAMES[known]}
          </option>
        ))}
      </select>
    </p>
  );
}
