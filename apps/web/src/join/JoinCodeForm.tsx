import { useId, useState } from 'react';
import { JOIN_CODE_LENGTH, looksLikeJoinCode, lookupJoinCode } from '../app/joinApi.ts';
import { type MessageKey, useT } from '../i18n/index.ts';
import './join.css';

/**
 * "Join with a code" on the start page: for people who cannot scan the QR code. The code leads
 * to the workshop's participant link, which then asks for a name and role.
 */
export function JoinCodeForm() {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const submit = async () => {
    if (!looksLikeJoinCode(code)) return setProblem('joinCode.error.format');
    setBusy(true);
    setProblem(null);
    const result = await lookupJoinCode(code);
    if (result.ok) {
      window.location.assign(result.target.participantLink);
      return;
    }
    setBusy(false);
    const refused = result.kind === 'refused' ? result.error : null;
    setProblem(
      refused === 'unknown-join-code'
        ? 'joinCode.error.unknown'
        : refused === 'too-many-requests'
          ? 'joinCode.error.tooMany'
          : result.kind === 'network'
            ? 'joinCode.error.network'
            : 'joinCode.error.server',
    );
  };

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
