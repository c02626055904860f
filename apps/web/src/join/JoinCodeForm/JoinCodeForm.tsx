import { useId } from 'react';
import { JOIN_CODE_LENGTH } from '../../app/joinApi.ts';
import { useT } from '../../i18n/index.ts';
import '../join.css';
import { useJoinCode } from './useJoinCode.ts';

/**
 * "Join with a code" on the start page: for people who cannot scan the QR code. The code leads
 * to the workshop's participant link, which then asks for a name and role.
 */
export function JoinCodeForm() {
  const t = useT();
  const id = useId();
  const { code, setCode, busy, problem, submit } = useJoinCode();
  return (
    <form
      className="join-code"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('joinCode.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('joinCode.label')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('joinCode.hint')}
        </p>
        <div className="join-code__row">
          <input
            id={`${id}-code`}
            value={code}
            maxLength={JOIN_CODE_LENGTH + 4}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t('joinCode.submit')}
          </button>
        </div>
      </div>
      {problem && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t(problem)}
        </p>
      )}
    </form>
  );
}
