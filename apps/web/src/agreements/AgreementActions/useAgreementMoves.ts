import {
  AGREEMENT_SECTIONS,
  type AgreementSectionId,
  type AgreementView,
  moveAgreement,
  removeAgreement,
} from '@avaa/board-model';
import type * as Y from 'yjs';
import { useLanguage, useT } from '../../i18n/index.ts';
import { focusSoon } from '../../notes/focusSoon.ts';

/** Where focus goes after a move: a part of the moved item, which is rendered anew. */
export const itemPart = (item: AgreementView, part: string) => `[data-agreement-id="${item.id}"] ${part}`;

/** Moving and removing an item of the register, each said aloud; focus follows the item. */
export function useAgreementMoves(doc: Y.Doc, item: AgreementView, announce: (message: string) => void) {
  const t = useT();
  const language = useLanguage();

  const moveTo = (section: AgreementSectionId, position: number | 'end', focus: string) => {
    const result = moveAgreement(doc, item.id, section, position);
    if (!result.ok) return announce(t(`error.${result.error}`));
    const title = AGREEMENT_SECTIONS.find((s) => s.id === section)?.title[language] ?? '';
    announce(t('agreements.moved', { section: title }));
    focusSoon(itemPart(item, focus), true);
  };

  const remove = () => {
    const result = removeAgreement(doc, item.id);
    announce(result.ok ? t('agreements.removed') : t(`error.${result.error}`));
    focusSoon(`[data-section="${item.section}"] .agreement-add input`, true);
  };

  return { moveTo, remove };
}
