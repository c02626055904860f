import {
  AGREEMENT_SECTIONS,
  type AgreementComparison,
  type AgreementSectionId,
  type AgreementView,
  hasAgreementChanges,
  type Round,
  type RoundComparison as TableComparison,
} from '@avaa/board-model';
import type * as Y from 'yjs';
import { StatusBadge } from '../agreements/StatusBadge.tsx';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { ChangedText, ChangeList, FromTo } from './ChangeList.tsx';
import { PathChanges } from './PathChanges.tsx';
import { useRoundChanges } from './useRoundChanges.ts';

/**
 * What changed since a round: on the common table (added, moved from cell to cell, edited,
 * removed), in its service paths and in the register (new items, status changes, moved, reworded, removed).
 */
export function RoundComparison({
  round,
  tableDoc,
  items,
}: {
  round: Round;
  tableDoc: Y.Doc;
  items: readonly AgreementView[];
}) {
  const t = useT();
  const { table, paths, register } = useRoundChanges(round, tableDoc, items);
  return (
    <section className="round-comparison" aria-labelledby="round-comparison-heading">
      <h2 id="round-comparison-heading">{t('compare.heading', { name: round.name })}</h2>
      <div className="round-comparison__columns">
        <TableChanges table={table} />
        <PathChanges paths={paths} />
        <RegisterChanges register={register} />
      </div>
    </section>
  );
}

function TableChanges({ table }: { table: TableComparison }) {
  const t = useT();
  const language = useLanguage();
  const cell = (id: Parameters<typeof cellName>[0]) => cellName(id, language);
  const changed = Object.values(table).some((list: readonly unknown[]) => list.length > 0);
  return (
    <div>
      <h3>{t('compare.table')}</h3>
      {!changed && <p>{t('compare.nothing')}</p>}
      <ChangeList
        heading="compare.added"
        items={table.added}
        keyOf={(note) => note.id}
        render={(note) => <ChangedText text={note.text} place={cell(note.cell)} />}
      />
      <ChangeList
        heading="compare.moved"
        items={table.moved}
        keyOf={(change) => change.note.id}
        render={({ note, from }) => (
          <ChangedText text={note.text} place={<FromTo from={cell(from)} to={cell(note.cell)} />} />
        )}
      />
      <ChangeList
        heading="compare.edited"
        items={table.edited}
        keyOf={(change) => change.note.id}
        render={({ note, before }) => <FromTo from={<q>{before}</q>} to={<q>{note.text}</q>} />}
      />
      <ChangeList
        heading="compare.removed"
        items={table.removed}
        keyOf={(note) => note.id}
        render={(note) => <ChangedText text={note.text} place={cell(note.cell)} />}
      />
    </div>
  );
}

function RegisterChanges({ register }: { register: AgreementComparison }) {
  const t = useT();
  const language = useLanguage();
  const section = (id: AgreementSectionId) => AGREEMENT_SECTIONS.find((s) => s.id === id)?.title[language] ?? id;
  return (
    <div>
      <h3>{t('compare.agreements')}</h3>
      {!hasAgreementChanges(register) && <p>{t('compare.nothing')}</p>}
      <ChangeList
        heading="compare.agreementsAdded"
        items={register.added}
        keyOf={(item) => item.id}
        render={(item) => <ChangedText text={item.text} place={section(item.section)} />}
      />
      <ChangeList
        heading="compare.agreementsStatus"
        items={register.statusChanged}
        keyOf={(change) => change.item.id}
        render={({ item, from }) => (
          <ChangedText
            text={item.text}
            place={<FromTo from={<StatusBadge status={from} />} to={<StatusBadge status={item.status} />} />}
          />
        )}
      />
      <ChangeList
        heading="compare.agreementsSection"
        items={register.sectionChanged}
        keyOf={(change) => change.item.id}
        render={({ item, from }) => (
          <ChangedText text={item.text} place={<FromTo from={section(from)} to={section(item.section)} />} />
        )}
      />
      <ChangeList
        heading="compare.agreementsEdited"
        items={register.edited}
        keyOf={(change) => change.item.id}
        render={({ item, before }) => <FromTo from={<q>{before}</q>} to={<q>{item.text}</q>} />}
      />
      <ChangeList
        heading="compare.agreementsRemoved"
        items={register.removed}
        keyOf={(item) => item.id}
        render={(item) => <ChangedText text={item.text} place={section(item.section)} />}
      />
    </div>
  );
}
