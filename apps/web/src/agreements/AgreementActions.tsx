import {
  AGREEMENT_SECTIONS,
  type AgreementSectionId,
  type AgreementView,
  isAgreementSectionId,
  moveAgreement,
  removeAgreement,
} from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { noteLabel } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { focusSoon } from '../notes/focusSoon.ts';

type Props = {
  doc: Y.Doc;
  item: AgreementView;
  index: number;
  count: number;
  announce: (message: string) => void;
};

/** Up, down, to another question, and removing (after a confirmation: an item is a decision). */
export function AgreementActions({ doc, item, index, count, announce }: Props) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const label = noteLabel(item.text);
  const selector = (part: string) => `[data-agreement-id="${item.id}"] ${part}`;

  const moveTo = (section: AgreementSectionId, position: number | 'end', focus: string) => {
    const result = moveAgreement(doc, item.id, section, position);
    if (!result.ok) return announce(t(`error.${result.error}`));
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    announce(t('agreements.moved', { section: title }));
    focusSoon(selector(focus), true);
  };

  const remove = () => {
    const result = removeAgreement(doc, item.id);
    announce(result.ok ? t('agreements.removed') : t(`error.${result.error}`));
    focusSoon(`[data-section="${item.section}"] .agreement-add input`, true);
  };

  if (confirming) {
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape cancels from either button.
      <div
        className="agreement-actions agreement-actions--confirm"
        onKeyDown={(event) => {
          if (event.key === 'Escape') setConfirming(false);
        }}
      >
        <span>{t('agreements.removeConfirm')}</span>
        <button type="button" className="button--danger" onClick={remove}>
          {t('agreements.removeYes')}
        </button>
        <button type="button" className="agreement-actions__cancel" onClick={() => setConfirming(false)}>
          {t('agreements.removeNo')}
        </button>
      </div>
    );
  }
  return (
    <div className="agreement-actions">
      <button
        type="button"
        className="agreement-actions__up"
        disabled={index === 0}
        aria-label={t('agreements.moveUpNamed', { text: label })}
        onClick={() =>
          moveTo(item.section, index - 1, index - 1 === 0 ? '.agreement-actions__down' : '.agreement-actions__up')
        }
      >
        <span aria-hidden="true">↑</span> {t('agreements.moveUp')}
      </button>
      <button
        type="button"
        className="agreement-actions__down"
        disabled={index >= count - 1}
        aria-label={t('agreements.moveDownNamed', { text: label })}
        onClick={() =>
          moveTo(
            item.section,
            index + 1,
            index + 1 === count - 1 ? '.agreement-actions__up' : '.agreement-actions__down',
          )
        }
      >
        <span aria-hidden="true">↓</span> {t('agreements.moveDown')}
      </button>
      <span className="agreement-actions__section">
        <label htmlFor={id}>{t('agreements.field.section')}</label>
        <select
          id={id}
          value={item.section}
          onChange={(event) => {
            if (isAgreementSectionId(event.target.value)) {
              moveTo(event.target.value, 'end', '.agreement-actions__section select');
            }
          }}
        >
          {AGREEMENT_SECTIONS.map((section, i) => (
            <option key={section.id} value={section.id}>
              {`${i + 1}. ${section.title[language]}`}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="button--danger"
        aria-label={t('agreements.removeNamed', { text: label })}
        onClick={() => {
          setConfirming(true);
          focusSoon(selector('.agreement-actions__cancel'), true);
        }}
      >
        {t('agreements.remove')}
      </button>
    </div>
  );
}
