import type { Language } from '@avaa/board-model';
import { ApiError, MAX_WORKSHOP_TITLE_LENGTH } from '@avaa/protocol';
import { useState } from 'react';
import { type ApiFailure, type CreatedWorkshop, createWorkshop } from '../../app/api.ts';
import { type MessageKey, type Translate, useLanguage, useT } from '../../i18n/index.ts';

export type CreateProblem = { readonly field: 'title' | 'language' | 'form'; readonly message: string };

/** A refused creation in words, beside the field it is about or for the whole form. */
function problemOf(failure: ApiFailure, t: Translate): CreateProblem {
  if (failure.kind === 'network') return { field: 'form', message: t('start.error.network') };
  const refused = failure.kind === 'refused' ? failure : null;
  const field = refused?.field === 'title' || refused?.field === 'language' ? refused.field : 'form';
  const key: MessageKey =
    field !== 'form'
      ? `start.error.${field}`
      : refused?.error === ApiError.tooManyWorkshops
        ? 'start.error.tooMany'
        : 'start.error.server';
  return { field, message: t(key, { status: failure.status }) };
}

/** The new workshop's title and language, and `POST /api/workshops`. */
export function useCreateWorkshop(onCreated: (workshop: CreatedWorkshop) => void) {
  const t = useT();
  const uiLanguage = useLanguage();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CreateProblem | null>(null);

  const submit = async () => {
    const trimmed = title.trim();
    if (trimmed.length === 0 || [...trimmed].length > MAX_WORKSHOP_TITLE_LENGTH) {
      setProblem({ field: 'title', message: t('start.error.title') });
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await createWorkshop(trimmed, language);
    setBusy(false);
    if (result.ok) return onCreated(result.workshop);
    setProblem(problemOf(result, t));
  };

  return { title, setTitle, language, setLanguage, busy, problem, submit };
}
