import { applyGrouping, formGroups, type Grouping, type GroupSize } from '@avaa/board-model';
import { useState } from 'react';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/**
 * A proposed grouping, this screen's only until applied: drawn again on every change of size or
 * of the choice of a group of two, written to the workshop document when applied.
 */
export function useProposal() {
  const { doc, state } = useWorkshop();
  const [size, setSize] = useState<GroupSize>(4);
  const [allowSmallGroups, setAllowSmallGroups] = useState(false);
  const [proposal, setProposal] = useState<Grouping | null>(null);
  const [applied, setApplied] = useState(false);
  const people = state.people;

  const propose = (chosen: GroupSize, small = allowSmallGroups) => {
    setApplied(false);
    setAllowSmallGroups(small);
    setProposal(people.length === 0 ? null : formGroups(people, { size: chosen, allowSmallGroups: small }));
  };
  const chooseSize = (chosen: GroupSize) => {
    setSize(chosen);
    if (proposal) propose(chosen, false);
  };
  /** Whether the proposal is now the workshop's groups. */
  const apply = (): boolean => {
    if (!proposal || !applyGrouping(doc, proposal).ok) return false;
    setProposal(null);
    setApplied(true);
    return true;
  };
  const discard = () => setProposal(null);

  return { size, chooseSize, allowSmallGroups, proposal, applied, propose, apply, discard };
}
