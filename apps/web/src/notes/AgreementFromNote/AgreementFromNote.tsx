import {
  AGREEMENT_SECTIONS,
  type AgreementSectionId,
  type AgreementView,
  createAgreementFromNote,
  linkNoteToAgreement,
  type NoteView,
} from '@avaa/board-model';
import { useEffect, useId, useRef, useState } from 'react';
import { useAgreements } from '../../agreements/registerData.ts';
import { navigate } from '../../app/navigation.ts';
import { workshopPath } from '../../app/routes.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import type { WorkshopContextValue } from '../../workshop/WorkshopContext.ts';
import { LinkToAgreement } from './LinkToAgreement.tsx';
import './agreementFromNote.css';

type Mode = 'create' | 'link';

/**
 * An agreement item from a common-table note: either a new item (choose the question it
 * answers; it takes the note's text) or a link to an item the register has already. Either way
 * the item links back to the note. The toast offers the way to the register.
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
  const items = useAgreements(workshop.doc);
  const showToast = useBoardUi((state) => state.showToast);
  const [mode, setMode] = useState<Mode>('create');
  const [section, setSection] = useState<AgreementSectionId>('decide-now');
  const [item, setItem] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const done = (message: string) => {
    const path = workshopPath(workshop.workshopId, { kind: 'agreements' });
    showToast({ message, action: { label: t('fromNote.open'), run: () => navigate(path, { byPerson: true }) } });
    onDone();
  };
  const create = () => {
    const result = createAgreementFromNote(workshop.doc, doc, note.id, section);
    if (!result.ok) return setError(t(`error.${result.error}`));
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    done(t('fromNote.created', { section: title }));
  };
  const link = () => {
    if (!item) return setError(t('fromNote.link.choose'));
    const result = linkNoteToAgreement(workshop.doc, doc, item.id, note.id);
    if (!result.ok) return setError(t(`error.${result.error}`));
    done(t('fromNote.linked', { item: noteLabel(item.text) }));
  };

  return (
    <form
      className="agreement-from-note"
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === 'create') create();
        else link();
      }}
    >
      <fieldset className="agreement-from-note__mode">
        <legend>{t('fromNote.mode')}</legend>
        {(['create', 'link'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === option}
              onChange={() => {
                setMode(option);
                setError(null);
              }}
            />
            {t(`fromNote.mode.${option}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'create' ? (
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
      ) : (
        <LinkToAgreement
          items={items}
          note={note.id}
          name={`${id}-item`}
          chosen={item?.id ?? null}
          onChoose={(chosen) => {
            setItem(chosen);
            setError(null);
          }}
        />
      )}
      {error && (
        <p className="agreement-from-note__error" role="status">
          {error}
        </p>
      )}
      <div className="menu__actions">
        <button type="submit" className="button--primary" disabled={mode === 'link' && items.length === 0}>
          {mode === 'create' ? t('fromNote.create') : t('fromNote.link.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('fromNote.cancel')}
        </button>
      </div>
    </form>
  );
}
