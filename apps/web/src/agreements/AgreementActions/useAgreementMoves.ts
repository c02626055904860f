import {
  AGREEMENT_SECTIONS,
  type AgreementSectionId,
  type AgreementView,
  moveAgreement,
  removeAgreement,
} from '@avaa/board-model';
import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { type AgreementControl, addAgreementField, agreementControl } from '../agreementControl.ts';

/** Moving and removing an item of the register, each said aloud; focus follows the item. */
export function useAgreementMoves(doc: Y.Doc, item: AgreementView, announce: (message: string) => void) {
  const t = useT();
  const language = useLanguage();

  const moveTo = (section: AgreementSectionId, position: number | 'end', focus: AgreementControl) => {
    const result = moveAgreement(doc, item.id, section, position);
    if (!result.ok) return announce(t(`error.${result.error}`));
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    announce(t('agreements.moved', { section: title }));
    focusAfterRender(() => agreementControl(item.id, focus));
  };

  const remove = () => {
    const result = removeAgreement(doc, item.id);
    announce(result.ok ? t('agreements.removed') : t(`error.${result.error}`));
    focusAfterRender(() => addAgreementField(item.section));
  };

  return { moveTo, remove };
}
