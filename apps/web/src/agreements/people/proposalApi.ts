import type { AgreementSectionId } from '@avaa/board-model';
import { ApiError, type WorkshopId } from '@avaa/protocol';
import { type ApiFailure, proposeAgreementItem } from '@avaa/workshop-client';
import type { MessageKey } from '../../i18n/index.ts';

/** A proposal stored, or why not in the user's words (the text stays in the field either way). */
export type ProposalOutcome = { readonly ok: true } | { readonly ok: false; readonly message: MessageKey };

export async function sendProposal(
  workshop: WorkshopId,
  token: string,
  section: AgreementSectionId,
  text: string,
): Promise<ProposalOutcome> {
  const result = await proposeAgreementItem({ base: '', workshop, token }, { section, text });
  return result.ok ? { ok: true } : { ok: false, message: failureMessage(result) };
}

function failureMessage(failure: ApiFailure): MessageKey {
  if (failure.kind === 'network') return 'proposal.error.network';
  if (failure.kind === 'http') return 'proposal.error.other';
  switch (failure.error) {
    case ApiError.empty:
      return 'error.empty-text';
    case ApiError.tooLong:
      return 'error.text-too-long';
    case ApiError.controlCharacter:
      return 'error.control-character';
    case ApiError.tooManyProposals:
      return 'error.too-many-proposals';
    case ApiError.forbidden:
    case ApiError.unauthorized:
      return 'proposal.error.forbidden';
    default:
      return 'proposal.error.other';
  }
}
