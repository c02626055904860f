import { useId } from 'react';
import type { CreatedWorkshop } from '../../app/api.ts';
import { useT } from '../../i18n/index.ts';
import { LanguageField } from './LanguageField.tsx';
import { TitleField } from './TitleField.tsx';
import { useCreateWorkshop } from './useCreateWorkshop.ts';

/** A new workshop: its title and language, then its links. */
export function CreateWorkshopForm({ onCreated }: { onCreated: (workshop: CreatedWorkshop) => void }) {
  const t = useT();
  const id = useId();
  const { title, setTitle, language, setLanguage, busy, problem, submit } = useCreateWorkshop(onCreated);
  const errorId = `${id}-error`;
  const errorOf = (field: 'title' | 'language') => (problem?.field === field ? errorId : null);
  return (
    <form
      className="start__form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('start.form.heading')}</h2>
      <TitleField id={id} title={title} onTitle={setTitle} errorId={errorOf('title')} />
      <LanguageField id={id} language={language} onLanguage={setLanguage} errorId={errorOf('language')} />
      {problem && (
        <p id={errorId} className="field__error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="submit" className="button--primary" disabled={busy}>
        {busy ? t('start.form.submitting') : t('start.form.submit')}
      </button>
    </form>
  );
}
