export * from './comments/index.ts';
export * from './deletion/index.ts';
export * from './exchange/index.ts';
export * from './facilitation/index.ts';
export * from './fractionalKey.ts';
export * from './groupCopy/index.ts';
export * from './groupNumber.ts';
export { checkGroups } from './groups/checkGroups.ts';
export { assignContacts, type ContactPersons, type GroupMembers } from './groups/contacts.ts';
export { formGroups, type Grouping, type GroupingOptions } from './groups/formGroups.ts';
export * from './groups/groupCount.ts';
export * from './groups/groupSizes.ts';
export * from './groups/participants.ts';
export * from './groups/problems.ts';
export * from './ids.ts';
export * from './images/index.ts';
export { boardViolations } from './invariants.ts';
export type { GroupBoard, MergeCounts, MergeReview, MergeSummary } from './merge/mergePlan.ts';
export {
  type MergePreview,
  type MergePreviewCell,
  type MergePreviewStack,
  previewMerge,
} from './merge/previewMerge.ts';
export { proposeCellStacks } from './merge/proposeCellStacks.ts';
export {
  DEFAULT_STACK_THRESHOLD,
  noteSimilarity,
  type ProposedStack,
  proposeStacks,
} from './merge/similarity.ts';
export * from './modes/index.ts';
export { createNote, type NewNote, type OperationOptions } from './operations/createNote.ts';
export { deleteNote } from './operations/deleteNote.ts';
export { editNoteText, textChange } from './operations/editNoteText.ts';
export { type ErasureGrace, eraseDeletedNotes, nextErasureDue } from './operations/eraseDeletedNotes.ts';
export { mergeGroupBoards } from './operations/mergeGroupBoards.ts';
export { moveNote } from './operations/moveNote.ts';
export type { Position } from './operations/position.ts';
export { restoreNote } from './operations/restoreNote.ts';
export { setNoteColour } from './operations/setNoteColour.ts';
export { setNoteKind } from './operations/setNoteKind.ts';
export { stackNotes } from './operations/stackNotes.ts';
export { unstackNotes } from './operations/unstackNotes.ts';
export { type DomainOrigin, ORIGINS } from './origins.ts';
export * from './paths/index.ts';
export * from './photo/index.ts';
export { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from './privacy/personalData.ts';
export * from './privateWriting/index.ts';
export { mergedNoteId, type RecordedSource, recordedSources } from './provenance.ts';
export * from './reactions/index.ts';
export * from './readyCheck/index.ts';
export * from './result.ts';
export * from './schema.ts';
export * from './search/index.ts';
export * from './seed.ts';
export { stackMembers, stackSources, stacksByHead } from './stacks.ts';
export * from './template.ts';
export * from './validation.ts';
export * from './wording.ts';
export { addPerson, MAX_PEOPLE_PER_WORKSHOP, type NewPerson } from './workshop/operations/addPerson.ts';
export { applyGrouping } from './workshop/operations/applyGrouping.ts';
export { movePerson, nextGroupNumber } from './workshop/operations/movePerson.ts';
export { removePerson } from './workshop/operations/removePerson.ts';
export { renamePerson, setPersonRole } from './workshop/operations/renamePerson.ts';
export { setContact } from './workshop/operations/setContact.ts';
export { setJoiningOpen, setPresenting } from './workshop/operations/settings.ts';
export { validatePersonName } from './workshop/personName.ts';
export * from './workshop/schema.ts';
export { seedWorkshop } from './workshop/seedWorkshop.ts';
