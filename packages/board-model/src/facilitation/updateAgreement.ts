import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { type AgreementId, agreementEntry } from './agreement.ts';
import {
  type AgreementStatus,
  isAgreementStatus,
  validateAgreementText,
  validateDue,
  validateOwner,
} from './agreementRules.ts';

export type AgreementChanges = {
  readonly text?: string;
  readonly owner?: string;
  readonly due?: string | null;
  readonly status?: AgreementStatus;
};

/**
 * Changes some fields of an item. All are validated before any is written, and only fields that
 * differ are written, so a concurrent change of another field is never overwritten.
 */
export function updateAgreement(doc: Y.Doc, id: AgreementId, changes: AgreementChanges): Result {
  const entry = agreementEntry(doc, id);
  if (!entry) return fail('unknown-agreement');
  const values = new Map<string, unknown>();
  if (changes.text !== undefined) {
    const text = validateAgreementText(changes.text);
    if (!text.ok) return text;
    values.set('text', text.value);
  }
  if (changes.owner !== undefined) {
    const owner = validateOwner(changes.owner);
    if (!owner.ok) return owner;
    values.set('owner', owner.value);
  }
  if (changes.due !== undefined) {
    const due = validateDue(changes.due);
    if (!due.ok) return due;
    values.set('due', due.value);
  }
  if (changes.status !== undefined) {
    if (!isAgreementStatus(changes.status)) return fail('unknown-status');
    values.set('status', changes.status);
  }
  doc.transact(() => {
    for (const [field, value] of values) if (entry.get(field) !== value) entry.set(field, value);
  });
  return ok();
}
