import { AGREEMENT_SECTIONS, type AgreementSectionId, type NoteView } from '@avaa/board-model';
import { useEffect, useId, useRef } from 'react';
import { useAgreements } from '../../agreements/registerData.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import type { WorkshopContextValue } from '../../workshop/WorkshopContext.ts';
import { LinkToAgreement } from './LinkToAgreement.tsx';
import { type Mode, useAgreementFromNote } from './useAgreementFromNote.ts';
import './agreementFromNote.css';

type Props = {
  note: NoteView;
  workshop: WorkshopContextValue;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * An agreement item from a common-table note: either a new item (choose the question it
 * answers; it takes the note's text) or a link to an item the register has already. Either way
 * the item links back to the note. The toast offers the way to the register.
 */
export function AgreementFromNote({ note, workshop, onDone, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const items = useAgreements(workshop.doc);
  const form = useAgreementFromNote(note, workshop, onDone);
  const element = useRef<HTMLFormElement>(null);
  useEffect(() => {
    element.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  return (
    <form
      className="agreement-from-note"
      ref={element}
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <ModeChoice name={`${id}-mode`} mode={form.mode} onChoose={form.chooseMode} />
      {form.mode === 'create' ? (
        <SectionChoice name={`${id}-section`} section={form.section} onChoose={form.chooseSection} />
      ) : (
        <LinkToAgreement
          items={items}
          note={note.id}
          name={`${id}-item`}
          chosen={form.item?.id ?? null}
          onChoose={form.chooseItem}
        />
      )}
      {form.error && (
        <p className="agreement-from-note__error" role="status">
          {form.error}
        </p>
      )}
      <div className="menu__actions">
        <button type="submit" className="button--primary" disabled={form.mode === 'link' && items.length === 0}>
          {form.mode === 'create' ? t('fromNote.create') : t('fromNote.link.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('fromNote.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A new item, or a link to one the register has. */
function ModeChoice({ name, mode, onChoose }: { name: string; mode: Mode; onChoose: (mode: Mode) => void }) {
  const t = useT();
  return (
    <fieldset className="agreement-from-note__mode">
      <legend>{t('fromNote.mode')}</legend>
      {(['create', 'link'] as const).map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} checked={mode === option} onChange={() => onChoose(option)} />
          {t(`fromNote.mode.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

type SectionProps = { name: string; section: AgreementSectionId; onChoose: (section: AgreementSectionId) => void };

/** The register's question the new item answers. */
function SectionChoice({ name, section, onChoose }: SectionProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <fieldset>
      <legend>{t('fromNote.legend')}</legend>
      {AGREEMENT_SECTIONS.map((option, i) => (
        <label key={option.id} className="choice">
          <input type="radio" name={name} checked={section === option.id} onChange={() => onChoose(option.id)} />
          {`${i + 1}. ${option.title[language]}`}
        </label>
      ))}
    </fieldset>
  );
}
