import type { MergeOutcome, MergeSession } from '@avaa/workshop-client';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

export type MergeStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'preview'; readonly session: MergeSession }
  | { readonly kind: 'done'; readonly outcome: MergeOutcome };

export type MergeSteps = {
  readonly step: MergeStep;
  /** The groups whose notes are merged. */
  readonly groups: readonly number[];
  readonly mergeButton: RefObject<HTMLButtonElement | null>;
  readonly open: () => Promise<void>;
  readonly finish: (outcome: MergeOutcome) => void;
  readonly cancel: (session: MergeSession) => void;
  /** Closes the preview or the result. */
  readonly close: () => void;
};

const byId = (id: string) => () => document.getElementById(id);

/**
 * A merge of the groups' notes into the common table: opened as a preview to confirm (unless it
 * would write nothing), then its outcome; focus follows each step and returns to the button.
 */
export function useMergeSteps(doc: Y.Doc, undo: Y.UndoManager | null): MergeSteps {
  const { client, state } = useWorkshop();
  const [step, setStep] = useState<MergeStep>({ kind: 'idle' });
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
  return { step, groups, mergeButton, open, finish, cancel, close };
}

/**
 * Leaving the table with a preview open closes the groups' rooms it holds; the returned flag
 * tells a preview still opening that nobody is there to answer it.
 */
function useCancelOnLeave(step: MergeStep) {
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
