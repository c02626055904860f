import { stackNotes } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { cellName } from '../board/names.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useThrottled } from '../doc/useThrottled.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useWorkshopUi } from '../state/workshopUi.ts';
import { StackProposal } from './StackProposal.tsx';
import { useCellProposals } from './useCellProposals.ts';

/**
 * Notes in a cell that say the same thing (often the same service from two groups), offered
 * as stacks. The facilitator accepts one (it becomes a stack, undoable), or dismisses it (on this
 * screen only); nothing is stacked without a click.
 */
export function StackProposals({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  // Proposals follow the board at most once a second, reckoned while the browser is idle.
  const notes = useThrottled(useNotesByCell(doc), 1000);
  const dismissed = useWorkshopUi((state) => state.dismissedStacks);
  const [open, setOpen] = useState(false);
  const proposals = useCellProposals(notes);
  const shown = proposals.filter((proposal) => !dismissed.has(proposal.key));
  if (shown.length === 0) return null;

  return (
    <div className="stack-proposals">
      <button type="button" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((is) => !is)}>
        {t('stack.proposals', { count: shown.length })}
      </button>
      {open && (
        <ul id={`${id}-list`} className="stack-proposals__list">
          {shown.map((proposal) => (
            <StackProposal
              key={proposal.key}
              proposal={proposal}
              cellLabel={cellName(proposal.cell, language)}
              notes={notes.get(proposal.cell) ?? []}
              onAccept={(head, members) => stackNotes(doc, head, members)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
