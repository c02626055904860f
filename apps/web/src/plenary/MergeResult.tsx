import type { MergeCounts, MergeSummary } from '@avaa/board-model';
import type { MergeOutcome } from '@avaa/workshop-client';
import type * as Y from 'yjs';
import { noteLabel } from '../board/names.ts';
import { useUndoState } from '../doc/useUndo.ts';
import { CopiesRemoved } from '../groupCopy/CopiesRemoved.tsx';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { type MessageKey, usePlural, useT } from '../i18n/index.ts';

type CountLine = { readonly count: keyof MergeCounts; readonly key: MessageKey; readonly always: boolean };

/** Shown whenever the count is above zero, or always. */
const COUNTS: readonly CountLine[] = [
  { count: 'added', key: 'merge.count.added', always: true },
  { count: 'updated', key: 'merge.count.updated', always: false },
  { count: 'unchanged', key: 'merge.count.unchanged', always: true },
  { count: 'keptPlenaryEdit', key: 'merge.count.keptPlenaryEdit', always: true },
  { count: 'sourceRemoved', key: 'merge.count.sourceRemoved', always: false },
  { count: 'deletedInPlenary', key: 'merge.count.deletedInPlenary', always: false },
  { count: 'invalidSource', key: 'merge.count.invalidSource', always: false },
];

/** On the summary's line: what came in and, when nothing did, how much was there already. */
function onHeadline({ count }: CountLine, changed: boolean): boolean {
  return count === 'added' || count === 'updated' || (!changed && count === 'unchanged');
}

/**
 * What a merge did, with an undo of the whole merge while it is the last step: one line beside
 * the merge button (what came in, undo, close), the rest behind "Show details", open by itself
 * only when some group's change needs a look, so the table's first row stays on the first screen.
 */
export function MergeResult({
  outcome,
  undo,
  onClose,
}: {
  outcome: MergeOutcome;
  undo: Y.UndoManager | null;
  onClose: () => void;
}) {
  const t = useT();
  const counted = usePlural();
  useUndoState(undo);
  if (!outcome.ok) {
    return (
      <div className="merge-result merge-result--failed" role="alert">
        <h2 id="merge-result-heading" tabIndex={-1}>
          {t('merge.failed')}
        </h2>
        <p>{outcome.problem === 'not-synced' ? t('merge.notSynced') : t(`error.${outcome.error}`)}</p>
        <button type="button" className="button--quiet" onClick={onClose}>
          {t('merge.close')}
        </button>
      </div>
    );
  }
  const { summary, step } = outcome;
  const changed = summary.added + summary.updated + summary.paths.added + summary.paths.stepsAdded > 0;
  const undoable = step !== null && undo !== null && undo.undoStack.at(-1) === step;
  return (
    <div className="merge-result" role="status">
      <h2 id="merge-result-heading" tabIndex={-1}>
        {changed ? counted('merge.done', outcome.groups.length) : t('merge.nothingNew')}
      </h2>
      <Counts summary={summary} lines={COUNTS.filter((line) => onHeadline(line, changed))} />
      <PathCounts summary={summary} />
      <details className="merge-result__details" open={summary.review.length + summary.copiesRemoved.length > 0}>
        <summary>{t('merge.details')}</summary>
        <Counts summary={summary} lines={COUNTS.filter((line) => !onHeadline(line, changed))} />
        {summary.review.length > 0 && (
          <ul className="merge-result__review">
            {summary.review.map((item) => (
              <li key={`${item.reason}:${item.note}`}>
                <GroupBadge group={item.source.group} size="small" />
                {t(item.reason === 'kept-plenary-edit' ? 'merge.review.kept' : 'merge.review.removed', {
                  group: t('group.name', { number: item.source.group }),
                  text: noteLabel(item.source.text, 80),
                })}
              </li>
            ))}
          </ul>
        )}
        <CopiesRemoved removed={summary.copiesRemoved} />
      </details>
      <div className="menu__actions">
        {step !== null && (
          <button type="button" disabled={!undoable} onClick={() => undo?.undo()}>
            {t('merge.undo')}
          </button>
        )}
        <button type="button" className="button--quiet" onClick={onClose}>
          {t('merge.close')}
        </button>
      </div>
      {step !== null && !undoable && <p className="panel__note">{t('merge.undoGone')}</p>}
    </div>
  );
}

/** The groups' service paths brought, and steps added to paths brought before; nothing if none. */
function PathCounts({ summary }: { summary: MergeSummary }) {
  const counted = usePlural();
  const { added, stepsAdded } = summary.paths;
  if (added + stepsAdded === 0) return null;
  return (
    <ul className="merge-result__counts">
      {added > 0 && <li data-count="paths">{counted('pathChanges.merged', added)}</li>}
      {stepsAdded > 0 && <li data-count="pathSteps">{counted('pathChanges.mergedSteps', stepsAdded)}</li>}
    </ul>
  );
}

function Counts({ summary, lines }: { summary: MergeCounts; lines: readonly CountLine[] }) {
  const t = useT();
  return (
    <ul className="merge-result__counts">
      {lines
        .filter(({ count, always }) => always || summary[count] > 0)
        .map(({ count, key }) => (
          <li key={count} data-count={count}>
            <strong>{summary[count]}</strong> {t(key)}
          </li>
        ))}
    </ul>
  );
}
