import { isLanguage, type Language } from '@avaa/board-model';
import { ApiError } from '@avaa/protocol';
import { useId, useState } from 'react';
import { type CreatedWorkshop, createWorkshop } from '../app/api.ts';
import { LanguageOptions } from '../app/LanguageSelect.tsx';
import { type MessageKey, useLanguage, useT } from '../i18n/index.ts';

const MAX_TITLE_LENGTH = 120;

type Problem = { readonly field: 'title' | 'language' | 'form'; readonly message: string };

export function CreateWorkshopForm({ onCreated }: { onCreated: (workshop: CreatedWorkshop) => void }) {
  const t = useT();
  const id = useId();
  const uiLanguage = useLanguage();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async () => {
    const trimmed = title.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) {
      setProblem({ field: 'title', message: t('start.error.title') });
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await createWorkshop(trimmed, language);
    setBusy(false);
    if (result.ok) return onCreated(result.workshop);
    if (result.kind === 'network') return setProblem({ field: 'form', message: t('start.error.network') });
    const refused = result.kind === 'refused' ? result : null;
    const field = refused?.field === 'title' || refused?.field === 'language' ? refused.field : 'form';
    const key: MessageKey =
      field !== 'form'
        ? `start.error.${field}`
        : refused?.error === ApiError.tooManyWorkshops
          ? 'start.error.tooMany'
          : 'start.error.server';
    setProblem({ field, message: t(key, { status: result.status }) });
  };

  const errorId = `${id}-error`;
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
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('start.form.title')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          required
          aria-invalid={problem?.field === 'title'}
          aria-describedby={`${id}-hint${problem?.field === 'title' ? ` ${errorId}` : ''}`}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('start.form.titleHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('start.form.language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          aria-invalid={problem?.field === 'language'}
          aria-describedby={problem?.field === 'language' ? errorId : undefined}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setLanguage(event.target.value);
          }}
        >
          <LanguageOptions />
        </select>
      </div>
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
