import type { PersonId } from './participants.ts';

/**
 * Why a grouping breaks one of the method's rules. A closed vocabulary with the data the UI
 * needs to say which rule and why; code branches on `reason`, never on text. Groups are numbered
 * by their index in the grouping.
 */
export type GroupingProblem =
  /** Everyone takes part: each person belongs to exactly one group. */
  | { readonly reason: 'person-not-in-group'; readonly person: PersonId }
  | { readonly reason: 'person-in-several-groups'; readonly person: PersonId; readonly groups: readonly number[] }
  | { readonly reason: 'unknown-person'; readonly person: PersonId; readonly group: number }
  /** Small groups of about 3-5 keep the discussion flowing. */
  | { readonly reason: 'group-too-small'; readonly group: number; readonly size: number; readonly min: number }
  | { readonly reason: 'group-too-large'; readonly group: number; readonly size: number; readonly max: number }
  /** Each group needs someone who knows the whole Ohjaamo. The summary says why it cannot hold. */
  | { readonly reason: 'too-few-core-staff'; readonly groups: number; readonly coreStaff: number }
  | { readonly reason: 'no-core-staff'; readonly group: number }
  /** Client representatives are spread: not two in one group while another has none. */
  | {
      readonly reason: 'client-representatives-uneven';
      readonly group: number;
      readonly clientRepresentatives: number;
      readonly fewest: number;
    }
  /** Each client representative has a named contact person among the staff of their group. */
  | { readonly reason: 'no-contact-person'; readonly person: PersonId; readonly group: number }
  | { readonly reason: 'contact-not-staff'; readonly person: PersonId; readonly contact: PersonId }
  | {
      readonly reason: 'contact-not-in-group';
      readonly person: PersonId;
      readonly contact: PersonId;
      readonly group: number;
    };

export type GroupingProblemReason = GroupingProblem['reason'];

// A record, not a list, so the compiler checks that every reason is listed exactly once.
const REASONS: { readonly [R in GroupingProblemReason]: true } = {
  'person-not-in-group': true,
  'person-in-several-groups': true,
  'unknown-person': true,
  'group-too-small': true,
  'group-too-large': true,
  'too-few-core-staff': true,
  'no-core-staff': true,
  'client-representatives-uneven': true,
  'no-contact-person': true,
  'contact-not-staff': true,
  'contact-not-in-group': true,
};

/** Every reason, for translation tables and their completeness tests. */
export const GROUPING_PROBLEM_REASONS = Object.keys(REASONS) as readonly GroupingProblemReason[];
