import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { readPerson } from '../workshop/schema.ts';
import { addAgreement } from './addAgreement.ts';
import { type AgreementId, agreementEntry, agreementsMap, readProposals } from './agreement.ts';
import { validateOwner } from './agreementRules.ts';
import type { AgreementSectionId } from './agreementSections.ts';

/**
 * Agreements with the workshop's people (documented with the register in agreement.ts): an
 * item's owner is one of the people or a name typed for someone absent, and participants
 * propose items that the facilitator accepts, edits or removes. Participants do not write the
 * workshop document: the server proposes for them (`proposeAgreement`, through its API).
 */

/** How many proposals one person may have waiting: enough for a workshop, too few to flood it. */
export const MAX_OPEN_PROPOSALS = 10;

export type AgreementOwner = { readonly person: PersonId } | { readonly name: string };

/**
 * Sets an item's owner. A person chosen is kept by id with their name beside it, which follows
 * their renames (`renameOwner`), so every reader of `owner` names them as they are now.
 */
export function setAgreementOwner(doc: Y.Doc, id: AgreementId, owner: AgreementOwner): Result {
  const entry = agreementEntry(doc, id);
  if (!entry) return fail('unknown-agreement');
  if ('person' in owner) {
    const person = readPerson(doc, owner.person);
    if (!person || person.removed) return fail('unknown-person');
    doc.transact(() => {
      entry.set('ownerPerson', person.id);
      if (entry.get('owner') !== person.name) entry.set('owner', person.name);
    });
    return ok();
  }
  const name = validateOwner(owner.name);
  if (!name.ok) return name;
  doc.transact(() => {
    if (entry.has('ownerPerson')) entry.delete('ownerPerson');
    if (entry.get('owner') !== name.value) entry.set('owner', name.value);
  });
  return ok();
}

/** A person renamed: the items they own say their new name (`renamePerson` calls this). */
export function renameOwner(doc: Y.Doc, person: PersonId, name: string): void {
  agreementsMap(doc).forEach((entry) => {
    if (entry instanceof Y.Map && entry.get('ownerPerson') === person && entry.get('owner') !== name) {
      entry.set('owner', name);
    }
  });
}

/** A participant's proposal, added at the end of its section and marked as theirs until accepted. */
export function proposeAgreement(
  doc: Y.Doc,
  section: AgreementSectionId,
  text: string,
  by: PersonId,
  options: OperationOptions = {},
): Result<AgreementId> {
  const person = readPerson(doc, by);
  if (!person || person.removed) return fail('unknown-person');
  if (openProposalsOf(doc, by) >= MAX_OPEN_PROPOSALS) return fail('too-many-proposals');
  let added: Result<AgreementId> = fail('unknown-section');
  doc.transact(() => {
    added = addAgreement(doc, section, { text }, options);
    if (added.ok) agreementEntry(doc, added.value)?.set('proposedBy', by);
  });
  return added;
}

/** The facilitator accepts a proposal: it becomes an item of the register as it stands. */
export function acceptProposal(doc: Y.Doc, id: AgreementId): Result {
  const entry = agreementEntry(doc, id);
  if (!entry) return fail('unknown-agreement');
  if (!entry.has('proposedBy')) return fail('not-a-proposal');
  doc.transact(() => entry.delete('proposedBy'));
  return ok();
}

export function openProposalsOf(doc: Y.Doc, person: PersonId): number {
  return readProposals(doc).filter((item) => item.proposedBy === person).length;
}
