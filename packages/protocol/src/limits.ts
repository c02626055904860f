/** Largest WebSocket frame the server accepts; larger frames close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
