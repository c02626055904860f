import { isLanguage, type Language } from '@avaa/board-model';
import { LanguageOptions } from '../../app/LanguageSelect.tsx';
import { useT } from '../../i18n/index.ts';

/** The workshop's language: its notes, dates and prints are in it. */
export function LanguageField({
  id,
  language,
  onLanguage,
  errorId,
}: {
  id: string;
  language: Language;
  onLanguage: (language: Language) => void;
  errorId: string | null;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-language`}>{t('start.form.language')}</label>
      <select
        id={`${id}-language`}
        value={language}
        aria-invalid={errorId !== null}
        aria-describedby={errorId ?? undefined}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onLanguage(event.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}
