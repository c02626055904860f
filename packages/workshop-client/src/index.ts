// The workshop client: what the web app (and scripts and tests) use to reach the server.
// Only this package imports y-websocket, y-indexeddb and @avaa/sync-client (`npm run deps`).

// What the app needs of the connection layer, so it never imports it itself.
export {
  type BoardConnection,
  type ConnectionState,
  type ConnectionStatus,
  createPresenceWriter,
  createStore,
  deriveReading,
  MAX_PRESENCE_NAME_LENGTH,
  type Peer,
  type PresenceState,
  type PresenceUser,
  type PresenceWriter,
  type Reading,
  readPeers,
  readTokenClaims,
  type SavedState,
  type Store,
  type TokenClaims,
} from '@avaa/sync-client';
export * from './api/index.ts';
export { createWorkshopClient, type WorkshopClient, type WorkshopClientOptions } from './client.ts';
export type { ClientConfig } from './config.ts';
export type { TableCopyOutcome } from './copyTable.ts';
export type { MergeOutcome, MergeSession, OpenedMerge } from './merge.ts';
export { type OriginKind, type OriginSources, originKind } from './origins.ts';
export { docReading } from './readings/docReading.ts';
export { type DrawersByPath, drawersReading, NO_DRAWERS_READING } from './readings/drawers.ts';
export { type EditorsByNote, editorsReading, NO_EDITORS_READING } from './readings/editors.ts';
export { notesReading } from './readings/notes.ts';
export { pathsReading } from './readings/paths.ts';
export { NO_PEERS_READING, peersReading } from './readings/peers.ts';
export type { NotesByCell } from './readings/shareNotes.ts';
export { type UndoState, undoReading } from './readings/undo.ts';
export {
  readVoteState,
  readWorkshopState,
  type VoteState,
  votesReading,
  type WorkshopState,
  workshopStateReading,
} from './readings/workshop.ts';
export type { BoardSession, ClosedReason } from './session/boardSession.ts';
export { type GroupBoardLink, type GroupBoardSet, whenSynced } from './session/groupBoards.ts';
export { forgetOfflineCopies } from './session/offlineCopy.ts';
export type { RoomSession } from './session/roomSession.ts';
export { type ServerLink, serverLinkOf } from './session/serverLink.ts';
