import { MAX_PERSON_NAME_LENGTH, PARTICIPANT_ROLES, type ParticipantRole, validatePersonName } from '@avaa/board-model';
import type { ApiError, WorkshopId } from '@avaa/protocol';
import { useId, useState } from 'react';
import type { Membership } from '../access/personalToken.ts';
import { isJoinFieldError, type JoinFieldError, joinWorkshop } from '../app/joinApi.ts';
import { type MessageKey, useT } from '../i18n/index.ts';

type Problem =
  | { readonly field: 'name' | 'role'; readonly error: JoinFieldError }
  | { readonly field: 'form'; readonly key: MessageKey; readonly status?: number };

const FIELD_OF: Readonly<Record<JoinFieldError, 'name' | 'role'>> = {
  'empty-name': 'name',
  'name-too-long': 'name',
  'control-character': 'name',
  'unknown-role': 'role',
};

/** Refusals of the whole form, each with its own explanation. */
const FORM_PROBLEMS: Partial<Readonly<Record<ApiError, MessageKey>>> = {
  'too-many-people': 'join.error.tooManyPeople',
  'too-many-requests': 'join.error.tooManyRequests',
  unauthorized: 'join.error.unauthorized',
  'workshop-not-found': 'join.error.notFound',
};

/** Display name and role, then `POST join`: the server adds the person and hands back their token. */
export function JoinForm({
  workshopId,
  linkToken,
  initialName,
  onJoined,
  onClosed,
}: {
  workshopId: WorkshopId;
  linkToken: string;
  initialName: string;
  onJoined: (membership: Membership) => void;
  onClosed: () => void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async () => {
    const valid = validatePersonName(name);
    if (!valid.ok) return setProblem({ field: 'name', error: valid.error as JoinFieldError });
    if (!role) return setProblem({ field: 'role', error: 'unknown-role' });
    setBusy(true);
    setProblem(null);
    const result = await joinWorkshop(workshopId, linkToken, { name: valid.value, role });
    setBusy(false);
    if (result.ok) return onJoined(result.membership);
    if (result.kind === 'network') return setProblem({ field: 'form', key: 'join.error.network' });
    const error = result.kind === 'refused' ? result.error : null;
    if (error === 'joining-closed') return onClosed();
    if (error && isJoinFieldError(error)) return setProblem({ field: FIELD_OF[error], error });
    const key = (error && FORM_PROBLEMS[error]) ?? 'join.error.server';
    setProblem({ field: 'form', key, status: result.status });
  };

  const message = problem
    ? problem.field === 'form'
      ? t(problem.key, { status: problem.status ?? 0 })
      : t(`join.error.${problem.error}`)
    : '';
  const errorId = `${id}-error`;
  return (
    <form
      className="join-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('join.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_PERSON_NAME_LENGTH}
          autoComplete="name"
          required
          aria-invalid={problem?.field === 'name'}
          aria-describedby={`${id}-name-hint${problem?.field === 'name' ? ` ${errorId}` : ''}`}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="field__hint">
          {t('join.nameHint')}
        </p>
      </div>
      <fieldset
        className="join-form__roles"
        aria-invalid={problem?.field === 'role'}
        aria-describedby={problem?.field === 'role' ? errorId : undefined}
      >
        <legend>{t('join.role')}</legend>
        {PARTICIPANT_ROLES.map((option) => (
          <div key={option} className="join-form__role">
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-role`}
              value={option}
              checked={role === option}
              aria-describedby={`${id}-${option}-hint`}
              onChange={() => setRole(option)}
            />
            <label htmlFor={`${id}-${option}`} className="join-form__role-name">
              {t(`role.${option}`)}
            </label>
            <span id={`${id}-${option}-hint`} className="join-form__role-hint">
              {t(`role.${option}.hint`)}
            </span>
          </div>
        ))}
      </fieldset>
      {problem && (
        <p id={errorId} className="field__error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="button--primary" disabled={busy}>
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
