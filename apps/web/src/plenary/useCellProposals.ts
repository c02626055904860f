import { useEffect, useState } from 'react';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { cellProposals, type ProposalCache, refreshCell, staleCell } from './cellProposals.ts';
import type { Proposal } from './StackProposal.tsx';

const NONE: Proposal[] = [];

/**
 * The stack proposals of `notes`, reckoned one changed cell at a time while the browser is idle:
 * comparing a cell's notes pairwise takes ~10 ms for 70 notes, which in one go would cost frames
 * while people drag and type.
 */
export function useCellProposals(notes: NotesByCell): Proposal[] {
  const [cache] = useState<ProposalCache>(() => new Map());
  const [proposals, setProposals] = useState<Proposal[]>(NONE);
  useEffect(() => {
    let pending = whenIdle(function step(idle: IdleDeadline | null) {
      const cell = staleCell(notes, cache);
      if (cell === undefined) {
        setProposals(cellProposals(notes, cache));
        return;
      }
      // A cell at a time, with time to spare in this idle period (or after waiting 2 s for one).
      if (!idle || idle.didTimeout || idle.timeRemaining() > 8) refreshCell(notes, cache, cell);
      pending = whenIdle(step);
    });
    return () => pending();
  }, [notes, cache]);
  return proposals;
}

/** Runs `work` when the browser is idle (soon, where it cannot tell); returns a cancel. */
function whenIdle(work: (idle: IdleDeadline | null) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => work(null), 50);
  return () => clearTimeout(timer);
}
