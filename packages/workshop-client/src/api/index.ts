// The typed HTTP API: one function per endpoint, answers checked against @avaa/protocol's contract.
export { proposeAgreementItem } from './agreements.ts';
export type { ApiFailure, ApiResult } from './call.ts';
export { type ExportFile, fetchExport, importWorkshop } from './exports.ts';
export { createSecondFacilitatorLink, setCoFacilitatorRight } from './facilitators.ts';
export { fetchImage, type ImageTarget, uploadImage } from './images.ts';
export { fetchJoinLink, joinWorkshop, lookupJoinCode } from './joining.ts';
export { postPhoto } from './photo.ts';
export { revealPrivateNotes } from './privateWriting.ts';
export { fetchMyReactions, type ReactionTarget, setReactionsAnonymous, toggleReaction } from './reactions.ts';
export { type ReadyTarget, sendReadyAnswer } from './readyCheck.ts';
export { fetchOperator, fetchServerTime } from './server.ts';
export { fetchMyDots, fetchVotePeople, placeDot, takeBackDot, type VoteTarget } from './votes.ts';
export {
  createWorkshop,
  deleteWorkshop,
  fetchWorkshop,
  fetchWorkshopBoards,
  rotateParticipantLink,
} from './workshops.ts';
