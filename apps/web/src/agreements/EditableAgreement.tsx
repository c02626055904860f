import {
  AGREEMENT_STATUSES,
  type AgreementView,
  DATE_PATTERNS,
  formatDate,
  isAgreementStatus,
  parseDate,
  type Result,
  updateAgreement,
} from '@avaa/board-model';
import { type ReactNode, useId } from 'react';
import type * as Y from 'yjs';
import { noteLabel } from '../board/names.ts';
import { useT, useWorkshopLanguage } from '../i18n/index.ts';
import { AgreementActions } from './AgreementActions/AgreementActions.tsx';
import { DraftField } from './DraftField.tsx';
import { OwnerField } from './people/OwnerField.tsx';
import { StatusIcon } from './StatusBadge.tsx';

type Props = {
  doc: Y.Doc;
  item: AgreementView;
  index: number;
  count: number;
  announce: (message: string) => void;
  children?: ReactNode;
};

/** The facilitator's item: every field edited in place, saved on leaving it or on Enter. */
export function EditableAgreement({ doc, item, index, count, announce, children }: Props) {
  const t = useT();
  const language = useWorkshopLanguage();
  const update = (changes: Parameters<typeof updateAgreement>[2]): Result => updateAgreement(doc, item.id, changes);
  // A text field in the workshop's way of writing dates: a browser's date field shows the
  // browser's locale (mm/dd/yyyy), not the workshop's. What does not read as a date is refused
  // by the operation ('invalid-date') and stays in the field to fix.
  const saveDue = (typed: string): Result => {
    const text = typed.trim();
    return update({ due: text === '' ? null : (parseDate(text) ?? text) });
  };
  return (
    <article
      className="agreement-card agreement-card--edit"
      aria-label={t('agreements.itemLabel', { text: noteLabel(item.text) })}
    >
      <DraftField
        type="multiline"
        className="draft-field--text"
        label={t('agreements.field.text')}
        value={item.text}
        onSave={(text) => update({ text })}
      />
      <div className="agreement-edit__row">
        <OwnerField doc={doc} item={item} />
        <DraftField
          label={t('agreements.field.due')}
          value={item.due === null ? '' : formatDate(item.due, language)}
          placeholder={DATE_PATTERNS[language]}
          onSave={saveDue}
        />
        <StatusSelect item={item} onChange={(status) => update({ status })} />
      </div>
      {children}
      <AgreementActions doc={doc} item={item} index={index} count={count} announce={announce} />
    </article>
  );
}

function StatusSelect({
  item,
  onChange,
}: {
  item: AgreementView;
  onChange: (status: AgreementView['status']) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="draft-field draft-field--status">
      <label htmlFor={id}>{t('agreements.field.status')}</label>
      <span className={`status-select status-badge--${item.status}`}>
        <StatusIcon status={item.status} />
        <select
          id={id}
          value={item.status}
          onChange={(event) => {
            if (isAgreementStatus(event.target.value)) onChange(event.target.value);
          }}
        >
          {AGREEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
