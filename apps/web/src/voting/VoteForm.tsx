import { MAX_DOTS_PER_PERSON } from '@avaa/board-model';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useT } from '../i18n/index.ts';

const DEFAULT_DOTS = 3;

/** Opening a vote: dots per person (1..20, 3 by default) and anonymity (on by default). `submitRef`: its button, for focus to return to. */
export function VoteForm({
  onOpen,
  submitRef,
}: {
  onOpen: (dotsPerPerson: number, anonymous: boolean) => void;
  submitRef?: RefObject<HTMLButtonElement | null>;
}) {
  const t = useT();
  const dotsId = useId();
  const aboutId = useId();
  const anonymousId = useId();
  const [dots, setDots] = useState(String(DEFAULT_DOTS));
  const [anonymous, setAnonymous] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(Number(dots), anonymous);
  };
  return (
    <form className="vote-form" onSubmit={submit}>
      <span className="vote-form__field">
        <label htmlFor={dotsId}>{t('vote.dotsPerPerson')}</label>
        <input
          id={dotsId}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DOTS_PER_PERSON}
          step={1}
          required
          value={dots}
          onChange={(event) => setDots(event.target.value)}
        />
      </span>
      <span className="vote-form__check">
        <input
          id={anonymousId}
          type="checkbox"
          checked={anonymous}
          aria-describedby={`${anonymousId}-help`}
          onChange={(event) => setAnonymous(event.target.checked)}
        />
        <label htmlFor={anonymousId}>{t('vote.anonymous')}</label>
        <span id={`${anonymousId}-help`} className="vote-form__help">
          {t('vote.anonymousHelp')}
        </span>
      </span>
      <button type="submit" className="button--primary" ref={submitRef} aria-describedby={aboutId}>
        {t('vote.openVote')}
      </button>
      <span id={aboutId} className="vote-form__help vote-form__about">
        {t('vote.openHelp')}
      </span>
    </form>
  );
}
