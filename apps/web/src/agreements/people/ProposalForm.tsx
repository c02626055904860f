import type { AgreementSection } from '@avaa/board-model';
import { useId, useState } from 'react';
import { type MessageKey, useLanguage, useT } from '../../i18n/index.ts';
import { PersonalDataWarning } from '../../notes/PersonalDataWarning.tsx';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { sendProposal } from './proposalApi.ts';

/**
 * A participant proposes an item for a section. It goes through the server (participants do not
 * write the register), is said saved only once stored, and the text stays in the field on any
 * failure so nothing typed is lost.
 */
export function ProposalForm({
  section,
  token,
  announce,
}: {
  section: AgreementSection;
  token: string;
  announce: (message: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { workshopId } = useWorkshop();
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const submit = async () => {
    setSending(true);
    const outcome = await sendProposal(workshopId, token, section.id, text);
    setSending(false);
    setError(outcome.ok ? null : outcome.message);
    if (!outcome.ok) return;
    setText('');
    announce(t('proposal.sent', { section: section.title[language] }));
  };
  return (
    <form
      className="agreement-add agreement-propose"
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) void submit();
      }}
    >
      <label htmlFor={id}>
        {t('proposal.label')}
        <span className="visually-hidden">: {section.title[language]}</span>
      </label>
      <input
        id={id}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error ${id}-privacy`}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" aria-disabled={sending || undefined}>
        {sending ? t('proposal.sending') : t('proposal.submit')}
      </button>
      <p id={`${id}-error`} className="draft-field__error" role="status">
        {error && t(error)}
      </p>
      <PersonalDataWarning id={`${id}-privacy`} text={text} />
    </form>
  );
}
