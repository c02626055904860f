import { useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { MergeResult } from './MergeResult.tsx';
import { type MergeOutcome, mergeGroups } from './mergeGroups.ts';
import { StackProposals } from './StackProposals.tsx';
import './plenary.css';

/**
 * The facilitator's tools on the common table: merge the groups' notes (with a summary and one
 * undo), and the stack proposals for notes that say the same thing. Kept to a row or two (see
 * plenary.css), so the table's first row stays on a laptop's first screen.
 */
export function PlenaryTools({ doc, undo }: { doc: Y.Doc; undo: Y.UndoManager | null }) {
  const t = useT();
  const { workshopId, token, state } = useWorkshop();
  const [merging, setMerging] = useState(false);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const groups = state.groups.map((group) => group.number);

  const merge = async () => {
    setMerging(true);
    setOutcome(null);
    const result = await mergeGroups(workshopId, token, groups, doc, undo);
    setMerging(false);
    setOutcome(result);
    requestAnimationFrame(() => document.getElementById('merge-result-heading')?.focus());
  };

  return (
    <section className="plenary-tools" aria-label={t('merge.tools')}>
      <div className="plenary-tools__bar">
        <button
          type="button"
          className="button--primary"
          disabled={groups.length === 0 || merging}
          aria-describedby="merge-help"
          onClick={() => void merge()}
        >
          {merging ? t('merge.merging') : t('merge.button')}
        </button>
        <span id="merge-help" className="plenary-tools__help">
          {groups.length === 0 ? t('merge.noGroups') : t('merge.help', { count: groups.length })}
        </span>
        <StackProposals doc={doc} />
      </div>
      {outcome && <MergeResult outcome={outcome} undo={undo} onClose={() => setOutcome(null)} />}
    </section>
  );
}
