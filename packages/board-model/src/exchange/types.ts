import type { ImageId, StoredImageType } from '@avaa/protocol';
import type { AgreementStatus } from '../facilitation/agreementRules.ts';
import type { AgreementSectionId } from '../facilitation/agreementSections.ts';
import type { RoundComment } from '../facilitation/roundComments.ts';
import type { ParticipantRole, PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import type { NoteImage } from '../images/noteImage.ts';
import type { BoardMode } from '../modes/boardMode.ts';
import type { PathColour, PathId, PathSource, RiskKind, StepId } from '../paths/pathSchema.ts';
import type { ReactionKind } from '../reactions/publishedReactions.ts';
import type { NoteColour, NoteKind } from '../schema.ts';
import type { CellId, Language, PhaseId } from '../template.ts';

/**
 * A whole workshop as plain JSON (`format: 'avaa-workshop', version: 1`), documented in the
 * package README. Every field is always present (null, not absent) so an export has one shape
 * and two exports of the same state are byte for byte the same string.
 */
export const EXPORT_FORMAT = 'avaa-workshop';
export const EXPORT_VERSION = 1;

export type ExportedSource = {
  readonly group: number;
  readonly note: NoteId;
  readonly text: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

export type ExportedNote = {
  readonly id: NoteId;
  readonly cell: CellId;
  /** The fractional key (`placement.key`): the note's order inside its cell. */
  readonly order: string;
  readonly text: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
  readonly createdAt: number;
  readonly deleted: boolean;
  readonly sources: readonly ExportedSource[];
  /** The head of the stack the note is hidden in, or null. */
  readonly stackedInto: NoteId | null;
  /** The note's image (imagesExchange.ts): a later, optional field of version 1, written only when set. */
  readonly image?: NoteImage;
};

/** One of a board's images, its stored bytes in base64 (imagesExchange.ts). */
export type ExportedImage = {
  readonly id: ImageId;
  readonly type: StoredImageType;
  readonly width: number;
  readonly height: number;
  readonly data: string;
};

/** A step of a service path; removed ones too (`removed: true`), as deleted notes are kept. */
export type ExportedStep = {
  readonly id: StepId;
  readonly phase: PhaseId;
  /** The fractional key (`placement.key`): the step's order in its path. */
  readonly order: string;
  /** A note of the same board (live, deleted or stacked), or null: a free step, a missing service. */
  readonly noteId: NoteId | null;
  readonly text: string;
  readonly risk: { readonly kind: RiskKind; readonly reason: string } | null;
  readonly removed: boolean;
};

/** A service path; deleted ones too (`deleted: true`), so an import keeps them deleted. */
export type ExportedPath = {
  readonly id: PathId;
  readonly name: string;
  readonly colour: PathColour;
  readonly description: string;
  readonly createdAt: number;
  readonly deleted: boolean;
  /** The group's path a merged path came from, or null. */
  readonly source: PathSource | null;
  /** In path order: by `order`, then id. */
  readonly steps: readonly ExportedStep[];
};

/**
 * `paths` is a compatible extension of version 1 (added with service paths): always written by
 * an export, optional on import, so a board exported before it imports as a board without paths.
 */
/**
 * A comment on a note of the same board; deleted ones too (text empty), as the thread shows
 * them. `createdBy` is a person of the workshop (one removed since is no longer listed), or null
 * for the facilitator's own. A later, optional field of version 1 (`comments` on a board):
 * always written, and a board without it imports without comments.
 */
export type ExportedComment = {
  readonly id: string;
  readonly noteId: NoteId;
  readonly createdBy: PersonId | null;
  readonly createdAt: number;
  readonly text: string;
  readonly editedAt: number | null;
  readonly deleted: boolean;
  /** The group whose board a comment merged to the common table was written on, or null. */
  readonly group: number | null;
};

/**
 * A note's reaction of one kind as the board published it: the count, and who reacted unless
 * reactions were anonymous (`people` absent). Who reacted is the server's (its reaction log);
 * an export carries what the board showed.
 */
export type ExportedReaction = {
  readonly note: string;
  readonly kind: ReactionKind;
  readonly count: number;
  readonly people?: readonly PersonId[];
};

export type ExportedBoard = {
  readonly notes: readonly ExportedNote[];
  readonly paths?: readonly ExportedPath[];
  /** Comments on the notes (commentsExchange.ts): a later, optional field of version 1, as `paths`. */
  readonly comments?: readonly ExportedComment[];
  /** Reactions on the notes as published (reactionsExchange.ts): optional, written only when there are some. */
  readonly reactions?: readonly ExportedReaction[];
  /** The notes' images (imagesExchange.ts): optional, written only when there are some. */
  readonly images?: readonly ExportedImage[];
};

export type ExportedPerson = {
  readonly id: PersonId;
  readonly name: string;
  readonly role: ParticipantRole;
  readonly joinedAt: number;
  readonly group: number | null;
  readonly contact: PersonId | null;
  /**
   * Listed in advance and not joined yet (a later, optional field of version 1, written only
   * when true): whoever joins under the same name and role becomes this person.
   */
  readonly listed?: true;
};

export type ExportedGroup = { readonly number: number; readonly createdAt: number };

/** An item of the agreements register (live items only; `order` is its key inside the section). */
export type ExportedAgreement = {
  readonly id: string;
  readonly section: AgreementSectionId;
  readonly order: string;
  readonly text: string;
  readonly owner: string;
  /** `YYYY-MM-DD` or null. */
  readonly due: string | null;
  readonly status: AgreementStatus;
  /** Ids of the common table's notes the item came from, sorted. */
  readonly notes: readonly NoteId[];
  /**
   * Ids of the common table's service paths the item is about (question 6), sorted. A later,
   * optional field of version 1: always written, and an item without it links none.
   */
  readonly paths?: readonly PathId[];
  readonly createdAt: number;
  /** The owner chosen from the people (a later, optional field of version 1). */
  readonly ownerPerson?: PersonId;
  /** A participant's proposal the facilitator has not accepted yet (optional, as `ownerPerson`). */
  readonly proposedBy?: PersonId;
};

/** A note as a closed round keeps it. */
export type ExportedRoundNote = {
  readonly id: NoteId;
  readonly cell: CellId;
  readonly order: string;
  readonly text: string;
  readonly colour: NoteColour;
  readonly kind: NoteKind;
};

export type ExportedRound = {
  readonly id: string;
  readonly name: string;
  readonly date: string;
  readonly closedAt: number;
  readonly notes: readonly ExportedRoundNote[];
  readonly agreements: readonly ExportedAgreement[];
  /** The common table's service paths then; absent for a round closed before rounds kept paths. */
  readonly paths?: readonly ExportedRoundPath[];
  /** The live comments of its notes then, as stored; absent for a round closed before rounds kept them. */
  readonly comments?: readonly RoundComment[];
};

/** A step as a round keeps it: what it showed then (`label`), not a link to an old note. */
export type ExportedRoundStep = {
  readonly id: StepId;
  readonly phase: PhaseId;
  readonly noteId: NoteId | null;
  readonly label: string;
  readonly missingService: boolean;
  readonly risk: { readonly kind: RiskKind; readonly reason: string } | null;
};

/** A service path as a round keeps it, steps in path order. */
export type ExportedRoundPath = {
  readonly id: PathId;
  readonly name: string;
  readonly colour: PathColour;
  readonly steps: readonly ExportedRoundStep[];
};

/**
 * A dot vote on the common table, as results: the frozen ones once closed, the live tally while
 * open. `perPerson` is null for an anonymous vote, so an export never says who voted what.
 */
export type ExportedVote = {
  readonly id: string;
  readonly dotsPerPerson: number;
  readonly anonymous: boolean;
  readonly openedAt: number;
  readonly closed: boolean;
  /** Most dots first, ties by note id. */
  readonly perNote: readonly { readonly note: NoteId; readonly dots: number }[];
  /** By person id; each person's notes in the order of their dots. */
  readonly perPerson: readonly { readonly person: PersonId; readonly notes: readonly NoteId[] }[] | null;
};

export type WorkshopExport = {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly workshop: { readonly title: string; readonly language: Language; readonly createdAt: number };
  readonly people: readonly ExportedPerson[];
  readonly groups: readonly ExportedGroup[];
  readonly boards: {
    readonly plenary: ExportedBoard;
    /** Keyed by the group number as a string (`"1"`), one entry per listed group. */
    readonly groups: Readonly<Record<string, ExportedBoard>>;
  };
  /*
   * Facilitation (a compatible extension of version 1): always written by an export, optional on
   * import so files from before it still import (as a workshop without agreements, rounds or votes).
   */
  /** The agreements register, by section in the method's order, each section in its order. */
  readonly agreements?: readonly ExportedAgreement[];
  /** Closed rounds, oldest first. */
  readonly rounds?: readonly ExportedRound[];
  /** The common table's dot votes, the latest opened first. */
  readonly votes?: readonly ExportedVote[];
  /** Boards not open (board-model modes/): `plenary` or `group/<n>` to `own-notes` or `locked`. */
  readonly boardModes?: Readonly<Record<string, BoardMode>>;
};

/** Why a field of an import was refused: a closed vocabulary, so clients can translate it. */
export const EXCHANGE_ERROR_REASONS = [
  'missing',
  'unknown-field',
  'not-an-object',
  'not-an-array',
  'not-a-string',
  'not-a-number',
  'not-a-boolean',
  'unknown-format',
  'unsupported-version',
  'invalid-title',
  'unknown-language',
  'invalid-id',
  'duplicate-id',
  'invalid-name',
  'unknown-role',
  'invalid-group-number',
  'duplicate-group',
  'unknown-group',
  'unknown-person',
  'unknown-cell',
  'unknown-phase',
  'invalid-order',
  'invalid-text',
  'unknown-colour',
  'unknown-kind',
  'unknown-risk',
  'unknown-note',
  'stacked-into-self',
  'stack-chain',
  'duplicate-source',
  'unknown-section',
  'unknown-status',
  'invalid-date',
  'invalid-owner',
  'invalid-dots',
  'too-many-notes',
  'too-many-paths',
  'too-many-steps',
  'unknown-board-mode',
  'invalid-image',
  'unknown-image',
] as const;
export type ExchangeErrorReason = (typeof EXCHANGE_ERROR_REASONS)[number];

/** `path` is JavaScript-like: `boards.groups.2.notes[3].cell`, `people[0].name`. */
export type ExchangeError = { readonly path: string; readonly reason: ExchangeErrorReason };

export type ValidationResult =
  | { readonly ok: true; readonly value: WorkshopExport }
  | { readonly ok: false; readonly errors: readonly ExchangeError[] };
