export { addAgreement, type NewAgreement } from './addAgreement.ts';
export {
  type AgreementId,
  type AgreementView,
  agreementsInSection,
  compareAgreements,
  readAgreement,
  readAgreements,
  readProposals,
  readRegister,
} from './agreement.ts';
export {
  type AgreementOwner,
  acceptProposal,
  MAX_OPEN_PROPOSALS,
  openProposalsOf,
  proposeAgreement,
  setAgreementOwner,
} from './agreementPeople.ts';
export {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  isAgreementStatus,
  isIsoDate,
  MAX_OWNER_LENGTH,
} from './agreementRules.ts';
export * from './agreementSections.ts';
export { type BallotEntry, Ballots, isChangeId } from './ballots.ts';
export { closeRound, type RoundLabel } from './closeRound.ts';
export {
  isCommonTableLocked,
  readCommonTableOpenInGroupWork,
  setCommonTableOpenInGroupWork,
} from './commonTable.ts';
export {
  type AgreementComparison,
  compareAgreementsWithRound,
  hasAgreementChanges,
  type SectionChange,
  type StatusChange,
  type TextChange,
} from './compareAgreements.ts';
export {
  type AddedStep,
  comparePathsWithRound,
  hasPathChanges,
  type MovedStep,
  type PathComparison,
  type RemovedStep,
  type RenamedPath,
  type ResolvedRisk,
} from './comparePaths.ts';
export { compareWithRound, type EditedNote, type MovedNote, type RoundComparison } from './compareWithRound.ts';
export { createAgreementFromNote } from './createAgreementFromNote.ts';
export { ballotEntryFor, type DotChange, ownDots, publishTally } from './dotChanges.ts';
export { type Focus, type FocusBoard, readFocus, setFocus } from './focus.ts';
export { holdsLegacyDots, legacyBallots, stripLegacyDots } from './legacyDots.ts';
export { linkNoteToAgreement } from './linkNoteToAgreement.ts';
export { linkPathToAgreement, unlinkPathFromAgreement } from './linkPathToAgreement.ts';
export { moveAgreement, removeAgreement } from './moveAgreement.ts';
export {
  isJoiningShown,
  isProjectorView,
  PROJECTOR_VIEWS,
  type ProjectorView,
  readProjectedPath,
  readProjectorView,
  setProjectorView,
} from './projectorView.ts';
export {
  MAX_ROUND_LENGTH,
  MAX_ROUND_NAME_LENGTH,
  MAX_ROUNDS,
  type Round,
  type RoundNote,
  readRound,
  readRounds,
} from './round.ts';
export { type RoundPath, type RoundStep, roundPaths } from './roundPaths.ts';
export * from './stage.ts';
export { MAX_TIMER_MS, readTimer, type Timer, timerExpired, timerRemaining } from './timer.ts';
export { addTime, clearTimer, pauseTimer, resetTimer, resumeTimer, startTimer } from './timerOperations.ts';
export { type AgreementChanges, updateAgreement } from './updateAgreement.ts';
export {
  currentVote,
  MAX_DOTS_PER_PERSON,
  type NoteDots,
  type PersonDots,
  readTally,
  readVotes,
  type VoteResults,
  type VoteTally,
  voteEntry,
  voteResults,
  votesMap,
  voteTalliesMap,
  writeTally,
} from './vote.ts';
export { closeVote, dotTarget, type NewVote, openEntry, openVote } from './voteOperations.ts';
