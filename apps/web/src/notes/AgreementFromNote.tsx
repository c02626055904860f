import { AGREEMENT_SECTIONS, type AgreementSectionId, createAgreementFromNote, type NoteView } from '@avaa/board-model';
import { useEffect, useId, useRef, useState } from 'react';
import { navigate } from '../app/navigation.ts';
import { workshopPath } from '../app/routes.ts';
import { useBoard } from '../board/BoardContext.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import type { WorkshopContextValue } from '../workshop/WorkshopContext.ts';
import './agreementFromNote.css';

/**
 * "Make an agreement item" from a common-table note: choose the question it answers; the item
 * takes the note's text and a link back to it. The toast offers the way to the register.
 */
export function AgreementFromNote({
  note,
  workshop,
  onDone,
  onCancel,
}: {
  note: NoteView;
  workshop: WorkshopContextValue;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const { doc } = useBoard();
  const showToast = useBoardUi((state) => state.showToast);
  const [section, setSection] = useState<AgreementSectionId>('decide-now');
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const create = () => {
    const result = createAgreementFromNote(workshop.doc, doc, note.id, section);
    if (!result.ok) {
      setError(t(`error.${result.error}`));
      return;
    }
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    const path = workshopPath(workshop.workshopId, { kind: 'agreements' });
    showToast({
      message: t('fromNote.created', { section: title }),
      action: { label: t('fromNote.open'), run: () => navigate(path) },
    });
    onDone();
  };

  return (
    <form
      className="agreement-from-note"
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
    >
      <fieldset>
        <legend>{t('fromNote.legend')}</legend>
        {AGREEMENT_SECTIONS.map((option, i) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={`${id}-section`}
              checked={section === option.id}
              onChange={() => setSection(option.id)}
            />
            {`${i + 1}. ${option.title[language]}`}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="agreement-from-note__error" role="status">
          {error}
        </p>
      )}
      <div className="menu__actions">
        <button type="submit" className="button--primary">
          {t('fromNote.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('fromNote.cancel')}
        </button>
      </div>
    </form>
  );
}
