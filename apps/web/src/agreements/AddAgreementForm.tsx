import { type AgreementSection, addAgreement } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { useLanguage, useT } from '../i18n/index.ts';

/** The facilitator writes a new item straight into a section; owner, date and status follow in place. */
export function AddAgreementForm({
  doc,
  section,
  announce,
}: {
  doc: Y.Doc;
  section: AgreementSection;
  announce: (message: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="agreement-add"
      onSubmit={(event) => {
        event.preventDefault();
        const result = addAgreement(doc, section.id, { text });
        if (!result.ok) {
          setError(t(`error.${result.error}`));
          return;
        }
        setText('');
        setError(null);
        announce(t('agreements.added', { section: section.title[language] }));
      }}
    >
      <label htmlFor={id}>
        {t('agreements.addLabel')}
        <span className="visually-hidden">: {section.title[language]}</span>
      </label>
      <input
        data-agreement-control="add"
        id={id}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">{t('agreements.add')}</button>
      <p id={`${id}-error`} className="draft-field__error" role="status">
        {error}
      </p>
    </form>
  );
}
