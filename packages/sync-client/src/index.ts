export { type BoardConnection, type ConnectOptions, connectBoard } from './connectBoard.ts';
export type { ConnectionState, ConnectionStatus } from './connectionStatus.ts';
export {
  createPresenceWriter,
  MAX_PRESENCE_NAME_LENGTH,
  type Peer,
  type PresenceState,
  type PresenceUser,
  type PresenceWriter,
  readPeers,
} from './presence.ts';
export { sendOwnPresenceOnly } from './providerInternals.ts';
export { createStore, type DerivedSource, deriveReading, type Reading, type Store } from './reading.ts';
export { SAVED_STATES, type SavedState, type SavedStateTracker, trackSavedState } from './savedState.ts';
export { readTokenClaims, type TokenClaims } from './token.ts';
