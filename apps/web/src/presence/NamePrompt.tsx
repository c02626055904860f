import { MAX_PRESENCE_NAME_LENGTH } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';

/**
 * Asked once per device, without blocking the board: a name or the offered guest name. Notes
 * describe services, so the name is only shown in presence, never written on the board.
 */
export function NamePrompt({ guestName, onAnswer }: { guestName: string; onAnswer: (name: string | null) => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  return (
    <form
      className="name-prompt"
      aria-labelledby={`${id}-question`}
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(name.trim() || null);
      }}
    >
      <p id={`${id}-question`} className="name-prompt__question">
        {t('presence.prompt')}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t('presence.nameLabel')}
      </label>
      <input
        id={id}
        value={name}
        placeholder={guestName}
        maxLength={MAX_PRESENCE_NAME_LENGTH}
        autoComplete="nickname"
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit">{t('presence.save')}</button>
      <button type="button" className="button--quiet" onClick={() => onAnswer(null)}>
        {t('presence.keep', { name: guestName })}
      </button>
    </form>
  );
}
