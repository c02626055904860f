/** Where the server is and how to reach it: the browser's page, or a script or test in Node. */
export type ClientConfig = {
  /** The sync endpoint, e.g. `wss://avaa.example/sync`. */
  readonly syncUrl: string;
  /** Where the HTTP API lives: '' for the page's own origin, the server's URL in Node. */
  readonly apiBase: string;
  /** Keep each board's document in IndexedDB too (browsers); group boards read live never do. */
  readonly offlineCopies: boolean;
  /** For Node without a global WebSocket (the `ws` package). */
  readonly WebSocketPolyfill?: typeof WebSocket;
  /** Follow the browser's online/offline events (default: where `window` exists). */
  readonly followBrowserOnline?: boolean;
};
