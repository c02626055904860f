import { isLanguage, LANGUAGES } from '@avaa/board-model';
import { useId } from 'react';
import { LANGUAGE_NAMES, useLanguage, useT } from '../i18n/index.ts';
import { usePreferences } from '../state/preferences.ts';

export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const chooseLanguage = usePreferences((state) => state.chooseLanguage);
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}

/** Each language named in itself, so a reader of any of them finds their own. */
export function LanguageOptions() {
  return LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code}>
      {LANGUAGE_NAMES[code]}
    </option>
  ));
}
