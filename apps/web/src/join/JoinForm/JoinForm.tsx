import { useId } from 'react';
import { useT } from '../../i18n/index.ts';
import { joinProblemText } from './joinProblem.ts';
import { NameField } from './NameField.tsx';
import { RoleChoice } from './RoleChoice.tsx';
import { type JoinFormProps, useJoinForm } from './useJoinForm.ts';

/** Display name and role, then `POST join`: the server adds the person and hands back their token. */
export function JoinForm(props: JoinFormProps) {
  const t = useT();
  const id = useId();
  const { name, setName, role, setRole, busy, problem, submit } = useJoinForm(props);
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
      <NameField id={id} name={name} onName={setName} errorId={problem?.field === 'name' ? errorId : null} />
      <RoleChoice id={id} role={role} onRole={setRole} errorId={problem?.field === 'role' ? errorId : null} />
      {problem && (
        <p id={errorId} className="field__error" role="alert">
          {joinProblemText(problem, t)}
        </p>
      )}
      <button type="submit" className="button--primary" disabled={busy}>
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
