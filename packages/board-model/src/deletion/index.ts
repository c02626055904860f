export {
  type BoardWriteRefusal,
  type BoardWriteVerdict,
  checkBoardWrites,
} from './boardWrites.ts';
export {
  DELETED_NOTE_GRACE_MS,
  type Deleter,
  mayDeleteNote,
  mayDeleteOnCommonTable,
  readCommonTableAnyoneDeletes,
  setCommonTableAnyoneDeletes,
} from './deleteRights.ts';
export { notesChangedBy, recordDeletionTimes } from './deletionTimes.ts';
export { pathDeletionKey, pathsChangedBy, recordPathDeletionTimes, stepRemovalKey } from './pathDeletionTimes.ts';
export { recentlyDeleted } from './recentlyDeleted.ts';
