import { WebSocket } from 'ws';

/**
 * The WebSocket for connections made in component tests. jsdom's globals leave Node's own
 * WebSocket dispatching events of another realm ("must be an instance of Event"); the `ws`
 * package, as the integration tests' clients use, has no such mix.
 */
export const NODE_WEBSOCKET = WebSocket as unknown as typeof globalThis.WebSocket;
