/**
 * WebSocket close codes shared by server and clients. Clients map a code to a message in the
 * user's language by its name, never by the close reason text.
 */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  /** A frame that is not a valid y-websocket message (truncated varint, bad structure). */
  protocolError: 1002,
  /** A frame larger than MAX_MESSAGE_BYTES, or an awareness update larger than its own limit. */
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
  /**
   * The change would grow the board past the server's document size limit. Fatal: the client
   * would resend the same change on every reconnect.
   */
  documentTooLarge: 4413,
  /**
   * The board has as many connections as the server allows. 45xx: "try again later", so stock
   * y-websocket clients reconnect (they stop on 44xx).
   */
  roomFull: 4503,
  /** The server has as many workshops open at once as it allows; try again later. */
  serverFull: 4507,
  /**
   * A change the server did not store: structs under a Yjs client id its sender does not own,
   * deletions of clocks the board does not have, or structs that would wait for a missing earlier
   * change. What else the frame held is stored; the client is never told "saved" for it and
   * resyncs on reconnect (45xx: stock clients reconnect too).
   */
  changeRefused: 4522,
  /**
   * The client did not read what the server sent it fast enough (it held more than its share of
   * the server's memory for outgoing messages); reconnecting resyncs.
   */
  slowReader: 4508,
  /**
   * Too many connections from this network address (or to too many workshops from it) right
   * now; try again later. A whole workshop on one Wi-Fi fits well within the limit.
   */
  addressFull: 4509,
  /** Too many frames per second for this token on this board; reconnecting resyncs everything. */
  rateLimited: 4529,
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
  CloseCode.documentTooLarge,
]);
