import { type Check, object, string } from './check.ts';

/**
 * POST /api/workshops/<id>/agreements/proposals `{section, text}` with a personal token: a
 * participant proposes an item for a section of the agreements register (the section ids and
 * the text rules are the domain's). It waits there, marked as theirs, until the facilitator
 * accepts, edits or removes it. Answered once stored.
 */
export type ProposalRequest = { readonly section: string; readonly text: string };

/** 201 to a proposal: the new item's id. */
export type Proposed = { readonly id: string };

export const checkProposalRequest: Check<ProposalRequest> = object({ section: string, text: string });

export const checkProposed: Check<Proposed> = object({ id: string });
