import type { MergeOutcome, MergeSession } from '@avaa/workshop-client';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { MergePreviewPanel } from './MergePreviewPanel.tsx';
import { MergeResult } from './MergeResult.tsx';
import { StackProposals } from './StackProposals.tsx';
import './plenary.css';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'preview'; readonly session: MergeSession }
  | { readonly kind: 'done'; readonly outcome: MergeOutcome };

const byId = (id: string) => () => document.getElementById(id);

/**
 * The facilitator's tools on the common table: merge the groups' notes (a preview to confirm,
 * then a one-line summary and one undo), and the stack proposals for notes that say the same
 * thing. Kept to a row or two (see plenary.css), so the table's first row stays on a laptop's
 * first screen.
 */
export function PlenaryTools({ doc, undo }: { doc: Y.Doc; undo: Y.UndoManager | null }) {
  const t = useT();
  const counted = usePlural();
  const { client, state } = useWorkshop();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const groups = state.groups.map((group) => group.number);
  const left = useCancelOnLeave(step);
  // Closing the preview or the result returns focus to the button that opened them.
  const mergeButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setStep({ kind: 'idle' });
    focusAfterRender(mergeButton);
  };

  const finish = (outcome: MergeOutcome) => {
    setStep({ kind: 'done', outcome });
    focusAfterRender(byId('merge-result-heading'));
  };
  const open = async () => {
    setStep({ kind: 'opening' });
    const opened = await client.openMerge(groups, doc);
    if (left.current) return opened.ok ? opened.session.cancel() : undefined;
    if (!opened.ok) return finish(opened);
    const { summary } = opened.session.preview;
    // Nothing to add or follow: the merge writes nothing, so there is nothing to confirm.
    if (summary.added + summary.updated === 0) return finish(opened.session.merge(undo));
    setStep({ kind: 'preview', session: opened.session });
    focusAfterRender(byId('merge-preview-heading'));
  };
  const cancel = (session: MergeSession) => {
    session.cancel();
    close();
  };

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

/**
 * Leaving the table with a preview open closes the groups' rooms it holds; the returned flag
 * tells a preview still opening that nobody is there to answer it.
 */
function useCancelOnLeave(step: Step) {
  const current = useRef(step);
  current.current = step;
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
      if (current.current.kind === 'preview') current.current.session.cancel();
    };
  }, []);
  return left;
}
