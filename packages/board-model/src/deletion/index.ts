export {
  DELETED_NOTE_GRACE_MS,
  type Deleter,
  mayDeleteNote,
  mayDeleteOnCommonTable,
  readCommonTableAnyoneDeletes,
  setCommonTableAnyoneDeletes,
} from './deleteRights.ts';
export { notesChangedBy, recordDeletionTimes } from './deletionTimes.ts';
export {
  checkNoteWrites,
  type NoteWriteRefusal,
  type NoteWriteVerdict,
} from './noteWrites.ts';
export { recentlyDeleted } from './recentlyDeleted.ts';
