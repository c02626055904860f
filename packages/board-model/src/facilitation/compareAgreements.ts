import type { AgreementView } from './agreement.ts';
import type { AgreementStatus } from './agreementRules.ts';
import type { AgreementSectionId } from './agreementSections.ts';

export type StatusChange = { readonly item: AgreementView; readonly from: AgreementStatus };
export type SectionChange = { readonly item: AgreementView; readonly from: AgreementSectionId };
export type TextChange = { readonly item: AgreementView; readonly before: string };

/**
 * How the register changed since a round. An item in several lists changed in several ways;
 * a change of owner or due date alone is not listed (the register shows them as they are now).
 * Each list keeps the order of its input (the register's order, or the round's for `removed`).
 */
export type AgreementComparison = {
  readonly added: readonly AgreementView[];
  readonly removed: readonly AgreementView[];
  readonly statusChanged: readonly StatusChange[];
  readonly sectionChanged: readonly SectionChange[];
  readonly edited: readonly TextChange[];
};

/** Compares the live items with those a round kept (`Round.agreements`); pure, no document needed. */
export function compareAgreementsWithRound(
  current: readonly AgreementView[],
  before: readonly AgreementView[],
): AgreementComparison {
  const then = new Map(before.map((item) => [item.id, item]));
  const now = new Set(current.map((item) => item.id));
  const statusChanged: StatusChange[] = [];
  const sectionChanged: SectionChange[] = [];
  const edited: TextChange[] = [];
  for (const item of current) {
    const old = then.get(item.id);
    if (!old) continue;
    if (old.status !== item.status) statusChanged.push({ item, from: old.status });
    if (old.section !== item.section) sectionChanged.push({ item, from: old.section });
    if (old.text !== item.text) edited.push({ item, before: old.text });
  }
  return {
    added: current.filter((item) => !then.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    statusChanged,
    sectionChanged,
    edited,
  };
}

/** Whether anything listed changed. */
export function hasAgreementChanges(comparison: AgreementComparison): boolean {
  return Object.values(comparison).some((list: readonly unknown[]) => list.length > 0);
}
