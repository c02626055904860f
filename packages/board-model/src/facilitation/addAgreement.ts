import * as Y from 'yjs';
import { cryptoRandom, isNoteId, type NoteId, newNoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import type { Position } from '../operations/position.ts';
import { fail, ok, type Result } from '../result.ts';
import { type AgreementId, agreementsMap } from './agreement.ts';
import { agreementKey } from './agreementPosition.ts';
import {
  type AgreementStatus,
  isAgreementStatus,
  validateAgreementText,
  validateDue,
  validateOwner,
} from './agreementRules.ts';
import { type AgreementSectionId, isAgreementSectionId } from './agreementSections.ts';

export type NewAgreement = {
  readonly text: string;
  readonly owner?: string;
  readonly due?: string | null;
  readonly status?: AgreementStatus;
  /** Notes of the common table the item comes from. */
  readonly notes?: readonly NoteId[];
  readonly position?: Position;
};

type ValidAgreement = { text: string; owner: string; due: string | null; status: AgreementStatus };

export function validateNewAgreement(item: NewAgreement): Result<ValidAgreement> {
  const text = validateAgreementText(item.text);
  if (!text.ok) return text;
  const owner = validateOwner(item.owner ?? '');
  if (!owner.ok) return owner;
  const due = validateDue(item.due ?? null);
  if (!due.ok) return due;
  const status = item.status ?? 'open';
  if (!isAgreementStatus(status)) return fail('unknown-status');
  if (!(item.notes ?? []).every(isNoteId)) return fail('unknown-note');
  return ok({ text: text.value, owner: owner.value, due: due.value, status });
}

/** Adds an item to a section of the register (at its end unless told). Returns its id. */
export function addAgreement(
  doc: Y.Doc,
  section: AgreementSectionId,
  item: NewAgreement,
  options: OperationOptions = {},
): Result<AgreementId> {
  if (!isAgreementSectionId(section)) return fail('unknown-section');
  const valid = validateNewAgreement(item);
  if (!valid.ok) return valid;
  const random = options.random ?? cryptoRandom;
  const id = newNoteId(random) as string;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('section', section);
    entry.set('key', agreementKey(doc, section, item.position ?? 'end', undefined, random));
    entry.set('text', valid.value.text);
    entry.set('owner', valid.value.owner);
    entry.set('due', valid.value.due);
    entry.set('status', valid.value.status);
    const links = new Y.Map<unknown>();
    for (const note of item.notes ?? []) links.set(note, true);
    entry.set('notes', links);
    // Made with the item, so path links two people add at once land in one map.
    entry.set('paths', new Y.Map<unknown>());
    entry.set('createdAt', (options.now ?? Date.now)());
    entry.set('removed', false);
    agreementsMap(doc).set(id, entry);
  });
  return ok(id);
}
