/**
 * Every error the HTTP API answers with (`{ "error": <name> }`, sometimes with `field`), and its
 * one HTTP status. Clients show each in the user's language by its name, never by a status or a
 * message text; the server sends only these (server/src/http/respond.ts sendError).
 */
export const API_ERRORS = {
  // The request itself.
  /** The body is larger than the endpoint reads. */
  'body-too-large': 413,
  /** A body that is not `application/json`. */
  'unsupported-media-type': 415,
  'invalid-json': 400,
  /** The body (or the import) nests deeper than any valid one does. */
  'nesting-too-deep': 400,
  'not-an-object': 400,
  /** `field` names the value that is not a string. */
  'not-a-string': 400,
  /** A query parameter outside its allowed values: `field` and `allowed` say which. */
  'invalid-parameter': 400,
  /** The Host header cannot be read as a host. */
  'bad-host': 400,
  /** The Host header is not one of the server's ALLOWED_HOSTS: no link can be made for it. */
  'host-not-allowed': 421,
  /** No such endpoint. */
  'not-found': 404,
  'method-not-allowed': 405,

  // Who asks.
  /** No token, a malformed or wrongly signed one, one for another workshop, or one since rotated. */
  unauthorized: 401,
  /** The token is valid but its role (or a removed person's) may not do this. */
  forbidden: 403,
  'workshop-not-found': 404,
  'unknown-join-code': 404,
  /** A projector's token asked for the join link while the facilitator does not show it. */
  'joining-not-shown': 403,

  // Creating a workshop: `field` is `title` or `language`.
  empty: 400,
  'too-long': 400,
  'control-character': 400,
  'unknown-language': 400,
  /** An import that is not a valid export: `errors` lists `{ path, reason }`. */
  'invalid-export': 400,

  // Joining: `field` is `name` or `role`.
  'empty-name': 400,
  'name-too-long': 400,
  'unknown-role': 400,
  'joining-closed': 403,
  'too-many-people': 409,

  // Votes.
  'unknown-vote': 404,
  /** The note is not on the common table: `field` is `note` (so for the next two). */
  'unknown-note': 400,
  'note-deleted': 400,
  /** A note inside a stack: the stack's top note takes the dots. */
  'note-stacked': 400,
  /** The device's change id is not one: `field` is `change`. */
  'invalid-change': 400,
  'vote-closed': 409,
  'no-dots-left': 409,
  'no-dot-on-note': 409,
  /** The common table is read-only for participants during group work. */
  'common-table-locked': 403,
  /** Who voted what is never told for an anonymous vote. */
  'anonymous-vote': 403,

  // Agreements: a participant's proposal (`field` is `section` or `text`).
  'unknown-section': 400,
  /** The person already has as many proposals waiting as one may. */
  'too-many-proposals': 409,

  // Exports.
  /** `field` is `board`: the workshop has no such group. */
  'unknown-group': 400,

  // Try again later (`Retry-After` says when).
  'too-many-requests': 429,
  'too-many-workshops': 429,
  'too-many-exports': 429,
  /** Every export worker is busy. */
  busy: 503,
  /** The export took longer than the server allows one. */
  'timed-out': 503,
  internal: 500,

  // Co-facilitators.
  /** The person named in the path is not (or no longer) in the workshop. */
  'person-not-found': 404,
  // The ready check (POST /api/workshops/<id>/ready).
  /** No check is open, or not the one answered (the facilitator moved on). */
  'no-ready-check': 409,
  /** A check of groups, and the person is in none. */
  'not-in-ready-check': 403,
  /** `field` is `answer`: neither `ready` nor `more-time`. */
  'unknown-ready-answer': 400,
  // Reactions on notes (POST /api/workshops/<id>/boards/<board>/reactions).
  /** `field` is `kind`: not one of the reactions (REACTION_KINDS). */
  'unknown-reaction': 400,
  // Images on notes (POST/GET /api/workshops/<id>/boards/<board>/images).
  /** The body is neither a JPEG nor a PNG that decodes (judged by its bytes, not its header). */
  'not-an-image': 415,
  /** The image has more pixels than the server decodes (MAX_IMAGE_INPUT_PIXELS). */
  'image-too-large': 413,
  /** No such image is stored for this board (also for an id that cannot be one). */
  'unknown-image': 404,
  /** The board holds as many images as one may (MAX_IMAGES_PER_BOARD). */
  'too-many-images': 409,
  // Paper to table (POST /api/workshops/<id>/boards/<board>/photo).
  /** No sheet of an Avaa printout shows on the photo (none of its corner markers could be read). */
  'no-printout-found': 422,
  /** Photos are being read for others and the queue is full (`Retry-After` says when to try again). */
  'photo-busy': 503,
  /** Reading the photo took longer than the server allows one. */
  'photo-timed-out': 503,
  /** The photo's printout was made for another board: its QR code names it (printedLink). */
  'printout-of-another-board': 409,
} as const satisfies Record<string, number>;

export type ApiError = keyof typeof API_ERRORS;

type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

/**
 * The errors by names code can write, derived from API_ERRORS: `ApiError.tooManyPeople` is
 * `'too-many-people'`. Code outside this package names an error only through this (a test
 * guards it), so a renamed or removed error is a type error everywhere it is used.
 */
export const ApiError = Object.freeze(
  Object.fromEntries(Object.keys(API_ERRORS).map((name) => [camelCase(name), name])),
) as { readonly [Name in ApiError as CamelCase<Name>]: Name };

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'string' && Object.hasOwn(API_ERRORS, value);
}

/** An error answer's body. */
export type ApiErrorBody = {
  readonly error: ApiError;
  readonly field?: string;
  readonly allowed?: readonly string[];
};

/** The error an answer's body names, if it names one of ours. */
export function readApiError(body: unknown): ApiErrorBody | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, field, allowed } = body as Record<string, unknown>;
  if (!isApiError(error)) return undefined;
  return {
    error,
    ...(typeof field === 'string' ? { field } : {}),
    ...(Array.isArray(allowed) && allowed.every((value) => typeof value === 'string') ? { allowed } : {}),
  };
}
