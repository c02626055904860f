export { type CopiedFrom, copyNoteId, copyTableToGroup, readCopiedFrom, type TableCopy } from './copyTable.ts';
export type { RemovedCopy } from './mergeCopies.ts';
