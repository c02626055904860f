import type { MergePreview, MergePreviewCell } from '@avaa/board-model';
import { cellName } from '../board/names.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';

/**
 * What a merge would bring, for the facilitator to confirm or cancel: per group, each cell's new
 * and followed notes (the notes themselves on demand), and the stacks the merge would propose.
 */
export function MergePreviewPanel({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: MergePreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { summary, stacks } = preview;
  return (
    <section className="merge-preview" aria-labelledby="merge-preview-heading">
      <h2 id="merge-preview-heading" tabIndex={-1}>
        {t('merge.preview.heading')}
      </h2>
      <p>
        {summary.updated === 0
          ? t('merge.preview.summaryAdded', { added: summary.added })
          : t('merge.preview.summary', { added: summary.added, updated: summary.updated })}
      </p>
      {/* The answer next to the summary, in sight at once; the details follow. */}
      <div className="menu__actions merge-preview__actions">
        <button type="button" className="button--primary" onClick={onConfirm}>
          {t('merge.preview.confirm')}
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          {t('merge.preview.cancel')}
        </button>
      </div>
      <ul className="merge-preview__groups">
        {byGroup(preview.cells).map(([group, cells]) => (
          <li key={group}>
            <h3>
              <GroupBadge group={group} label />
            </h3>
            <ul className="merge-preview__cells">
              {cells.map((cell) => (
                <li key={cell.cell}>
                  <PreviewCell cell={cell} name={cellName(cell.cell, language)} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {stacks.length > 0 && (
        <>
          <h3>{t('merge.preview.stacks', { count: stacks.length })}</h3>
          <p className="panel__note">{t('merge.preview.stacksHelp')}</p>
          <ul className="merge-preview__stacks">
            {stacks.map((stack) => (
              <li key={`${stack.cell}:${stack.texts.join('\n')}`}>
                <span className="merge-preview__cell-name">{cellName(stack.cell, language)}</span>
                <ul>
                  {stack.texts.map((text, index) => (
                    // Two notes may say exactly the same: the index keeps keys apart.
                    // biome-ignore lint/suspicious/noArrayIndexKey: texts of one stack do not move.
                    <li key={index}>{text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A cell's counts; its new notes open on demand. */
function PreviewCell({ cell, name }: { cell: MergePreviewCell; name: string }) {
  const t = useT();
  const counted = usePlural();
  const counts = [
    cell.added.length > 0 ? counted('merge.preview.added', cell.added.length) : '',
    cell.updated > 0 ? t('merge.preview.updated', { count: cell.updated }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const label = (
    <>
      <span className="merge-preview__cell-name">{name}</span> <span>{counts}</span>
    </>
  );
  if (cell.added.length === 0) return <p>{label}</p>;
  return (
    <details>
      <summary>{label}</summary>
      <ul className="merge-preview__notes">
        {cell.added.map((note) => (
          <li key={note.note}>{note.text}</li>
        ))}
      </ul>
    </details>
  );
}

/** The preview's cells by group number, each group's in table order. */
function byGroup(cells: readonly MergePreviewCell[]): [number, MergePreviewCell[]][] {
  const groups = new Map<number, MergePreviewCell[]>();
  for (const cell of cells) groups.set(cell.group, [...(groups.get(cell.group) ?? []), cell]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
