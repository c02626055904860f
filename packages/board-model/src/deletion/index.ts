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
  checkBoardWrites,
  type BoardWriteRefusal,
  type BoardWriteVerdict,
} from './boardWrites.ts';
export { recentlyDeleted } from './recentlyDeleted.ts';
