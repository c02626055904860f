export { type CopiedFrom, copyNoteId, copyTableToGroup, readCopiedFrom, type TableCopy } from './copyTable.ts';
export { type CopyWriteRefusal, writesCopiedFrom } from './copyWrites.ts';
export type { RemovedCopy } from './mergeCopies.ts';
