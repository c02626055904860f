import type * as Y from 'yjs';
import { usePlural, useT } from '../i18n/index.ts';
import { MergePreviewPanel } from './MergePreviewPanel.tsx';
import { MergeResult } from './MergeResult.tsx';
import { StackProposals } from './StackProposals.tsx';
import { useMergeSteps } from './useMergeSteps.ts';
import './plenary.css';

/**
 * The facilitator's tools on the common table: merge the groups' notes (a preview to confirm,
 * then a one-line summary and one undo), and the stack proposals for notes that say the same
 * thing. Kept to a row or two (see plenary.css), so the table's first row stays on a laptop's
 * first screen.
 */
export function PlenaryTools({ doc, undo }: { doc: Y.Doc; undo: Y.UndoManager | null }) {
  const t = useT();
  const counted = usePlural();
  const { step, groups, mergeButton, open, finish, cancel, close } = useMergeSteps(doc, undo);
  return (
    <section className="plenary-tools" aria-label={t('merge.tools')}>
      <div className="plenary-tools__bar">
        <button
          type="button"
          className="button--primary"
          ref={mergeButton}
          disabled={groups.length === 0 || step.kind === 'opening' || step.kind === 'preview'}
          aria-describedby="merge-help"
          onClick={() => void open()}
        >
          {step.kind === 'opening' ? t('merge.merging') : t('merge.button')}
        </button>
        {/* After a merge its summary takes the help's place on the same line. */}
        <span id="merge-help" className={step.kind === 'done' ? 'visually-hidden' : 'plenary-tools__help'}>
          {groups.length === 0 ? t('merge.noGroups') : counted('merge.help', groups.length)}
        </span>
        {step.kind === 'done' && <MergeResult outcome={step.outcome} undo={undo} onClose={close} />}
        <StackProposals doc={doc} />
      </div>
      {step.kind === 'preview' && (
        <MergePreviewPanel
          preview={step.session.preview}
          onConfirm={() => finish(step.session.merge(undo))}
          onCancel={() => cancel(step.session)}
        />
      )}
    </section>
  );
}
