import type { AgreementId, AgreementSectionId } from '@avaa/board-model';

/** The controls of an agreement item focus returns to, marked `data-agreement-control`. */
export type AgreementControl = 'up' | 'down' | 'section' | 'cancel';

/** An item's control, found by the item's id and the control's name (never by a class name). */
export function agreementControl(item: AgreementId, control: AgreementControl): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-agreement-id="${CSS.escape(item)}"] [data-agreement-control="${control}"]`,
  );
}

/** A question's "add an item" field, marked `data-agreement-control="add"`. */
export function addAgreementField(section: AgreementSectionId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-section="${CSS.escape(section)}"] [data-agreement-control="add"]`);
}
