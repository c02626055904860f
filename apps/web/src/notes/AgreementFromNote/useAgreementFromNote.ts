import {
  AGREEMENT_SECTIONS,
  type AgreementSectionId,
  type AgreementView,
  createAgreementFromNote,
  linkNoteToAgreement,
  type NoteView,
} from '@avaa/board-model';
import { useState } from 'react';
import { navigate } from '../../app/navigation.ts';
import { workshopPath } from '../../app/routes.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import type { WorkshopContextValue } from '../../workshop/WorkshopContext.ts';

export type Mode = 'create' | 'link';

type Choices = {
  readonly mode: Mode;
  readonly section: AgreementSectionId;
  readonly item: AgreementView | null;
  readonly error: string | null;
  chooseMode(mode: Mode): void;
  chooseSection(section: AgreementSectionId): void;
  chooseItem(item: AgreementView): void;
  /** Makes the item (or the link) as chosen; says what went wrong or, done, offers the register. */
  submit(): void;
};

/** The form's choices and what submitting them does. */
export function useAgreementFromNote(note: NoteView, workshop: WorkshopContextValue, onDone: () => void): Choices {
  const [mode, setMode] = useState<Mode>('create');
  const [section, setSection] = useState<AgreementSectionId>('decide-now');
  const [item, setItem] = useState<AgreementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { create, link } = useAgreementMaking(note, workshop, onDone);
  return {
    mode,
    section,
    item,
    error,
    chooseMode: (next) => {
      setMode(next);
      setError(null);
    },
    chooseSection: setSection,
    chooseItem: (chosen) => {
      setItem(chosen);
      setError(null);
    },
    submit: () => setError(mode === 'create' ? create(section) : link(item)),
  };
}

/**
 * What submitting does to the register and the board: a new item, or a link to one. Each
 * returns what went wrong, or null once done (the toast then offers the way to the register).
 */
function useAgreementMaking(note: NoteView, workshop: WorkshopContextValue, onDone: () => void) {
  const t = useT();
  const language = useLanguage();
  const { doc } = useBoard();
  const showToast = useBoardUi((state) => state.showToast);
  const done = (message: string) => {
    const path = workshopPath(workshop.workshopId, { kind: 'agreements' });
    showToast({ message, action: { label: t('fromNote.open'), run: () => navigate(path, { byPerson: true }) } });
    onDone();
    return null;
  };
  const create = (section: AgreementSectionId): string | null => {
    const result = createAgreementFromNote(workshop.doc, doc, note.id, section);
    if (!result.ok) return t(`error.${result.error}`);
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    return done(t('fromNote.created', { section: title }));
  };
  const link = (item: AgreementView | null): string | null => {
    if (!item) return t('fromNote.link.choose');
    const result = linkNoteToAgreement(workshop.doc, doc, item.id, note.id);
    if (!result.ok) return t(`error.${result.error}`);
    return done(t('fromNote.linked', { item: noteLabel(item.text) }));
  };
  return { create, link };
}
