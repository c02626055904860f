import type { AgreementView } from '@avaa/board-model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { noteLabel } from '../../board/names.ts';
import { useT } from '../../i18n/index.ts';
import { agreementControl } from '../agreementControl.ts';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { OrderButtons } from './OrderButtons.tsx';
import { SectionSelect } from './SectionSelect.tsx';
import { useAgreementMoves } from './useAgreementMoves.ts';

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
  const [confirming, setConfirming] = useState(false);
  const { moveTo, remove } = useAgreementMoves(doc, item, announce);
  const label = noteLabel(item.text);

  if (confirming) return <ConfirmRemove onRemove={remove} onCancel={() => setConfirming(false)} />;
  return (
    <div className="agreement-actions">
      <OrderButtons
        label={label}
        index={index}
        count={count}
        onMove={(position, focus) => moveTo(item.section, position, focus)}
      />
      <SectionSelect section={item.section} onSection={(section) => moveTo(section, 'end', 'section')} />
      <button
        type="button"
        className="button--danger"
        aria-label={t('agreements.removeNamed', { text: label })}
        onClick={() => {
          setConfirming(true);
          focusAfterRender(() => agreementControl(item.id, 'cancel'));
        }}
      >
        {t('agreements.remove')}
      </button>
    </div>
  );
}
