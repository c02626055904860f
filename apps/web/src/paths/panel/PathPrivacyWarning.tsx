import { findPersonalData } from '@avaa/board-model';
import { useMemo } from 'react';
import { useT } from '../../i18n/index.ts';

/**
 * As the note editor warns (notes/PersonalDataWarning): a calm status while a path's name or
 * description looks like a client's personal data. A path is a kind of client, never a person.
 */
export function PathPrivacyWarning({ id, text }: { id: string; text: string }) {
  const t = useT();
  const kinds = useMemo(() => findPersonalData(text), [text]);
  return (
    <div id={id} className="path-new__privacy" role="status">
      {kinds.length > 0 && (
        <>
          {kinds.map((kind) => (
            <p key={kind}>{t(`pathPanel.privacy.${kind}`)}</p>
          ))}
          <p>{t('pathPanel.privacy.reminder')}</p>
        </>
      )}
    </div>
  );
}
