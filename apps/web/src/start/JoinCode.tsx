import { useT } from '../i18n/index.ts';

/**
 * The join code, large and spaced for reading off a projector, in capitals (codes are
 * case-insensitive and have no look-alike characters). Screen readers get it letter by letter.
 */
export function JoinCode({ code }: { code: string }) {
  const t = useT();
  const shown = code.toUpperCase();
  return (
    <p className="join-code-display">
      <span className="join-code-display__label">{t('joinCode.shownLabel')}</span>{' '}
      <strong className="join-code-display__code" aria-hidden="true">
        {shown}
      </strong>
      <span className="visually-hidden">{Array.from(shown).join(' ')}</span>
    </p>
  );
}
