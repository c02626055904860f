import { findPersonalData } from '@avaa/board-model';
import { useMemo } from 'react';
import { useT } from '../i18n/index.ts';
import './privacy.css';

/**
 * A calm, non-blocking reminder while a note's text looks like a client's personal data. Polite
 * status rather than an alert: the writer may know better (a service's own phone number).
 */
export function PersonalDataWarning({ id, text }: { id: string; text: string }) {
  const t = useT();
  const kinds = useMemo(() => findPersonalData(text), [text]);
  return (
    <div id={id} className="note-editor__privacy" role="status">
      {kinds.length > 0 && (
        <>
          {kinds.map((kind) => (
            <p key={kind}>{t(`privacy.${kind}`)}</p>
          ))}
          <p>{t('privacy.reminder')}</p>
        </>
      )}
    </div>
  );
}
