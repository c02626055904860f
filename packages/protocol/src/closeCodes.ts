/**
 * WebSocket close codes shared by server and clients. Clients map a code to a message in the
 * user's language by its name, never by the close reason text.
 */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  /** A frame that is not a valid y-websocket message (truncated varint, bad structure). */
  protocolError: 1002,
  /** A frame larger than MAX_MESSAGE_BYTES. */
  messageTooBig: 1009,
  internalError: 1011,
  /** The server is shutting down or restarting; reconnect. */
  serviceRestart: 1012,
  /** Malformed room name in the URL. */
  badRequest: 4400,
  /** Missing, malformed or wrongly signed token, or a token for another workshop. */
  unauthorized: 4401,
  /** The token is valid but its role may not open this board. */
  forbidden: 4403,
  /** The workshop (or board) does not exist on this server. */
  workshopNotFound: 4404,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

const byValue = new Map<number, CloseCodeName>(
  Object.entries(CloseCode).map(([name, code]) => [code, name as CloseCodeName]),
);

/** The name of a close code, or `undefined` for a code outside our vocabulary. */
export function closeCodeName(code: number): CloseCodeName | undefined {
  return byValue.get(code);
}

/** Codes after which reconnecting cannot help: the client should stop and tell the user. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.badRequest,
  CloseCode.unauthorized,
  CloseCode.forbidden,
  CloseCode.workshopNotFound,
]);
