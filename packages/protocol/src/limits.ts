/** Largest WebSocket frame the server accepts; larger frames close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** A workshop's title, in characters (code points): the server refuses longer ones, the form stops there. */
export const MAX_WORKSHOP_TITLE_LENGTH = 120;
