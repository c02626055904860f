/**
 * The origins of the transactions the domain makes itself, in one place: Yjs passes a
 * transaction's origin to every observer, and undo, saving and announcing others' changes each
 * decide by it. A person's own edit has origin `null` (Yjs's default); what a provider applies
 * has the provider as origin (see @avaa/workshop-client's `originKind`).
 */
export const ORIGINS = {
  /**
   * Every merge of the groups' boards onto the common table. A facilitator's Y.UndoManager with
   * it in `trackedOrigins` undoes a whole merge as one step (call `stopCapturing()` before
   * merging, or an edit made just before it joins the same step).
   */
  mergeGroupBoards: 'avaa/merge-group-boards',
  /** The server erasing what deleted notes and service paths said (never a person's). */
  eraseDeletedNotes: 'avaa/erase-deleted-notes',
  /** The server dating a deletion on its own clock (never a person's). */
  deletionTime: 'avaa/deletion-time',
  /** The server bringing private notes onto their board (privateWriting/reveal.ts). */
  revealPrivateNotes: 'avaa/reveal-private-notes',
  /** The server writing a person's answer to the ready check (the ready API). */
  readyAnswer: 'avaa/ready-answer',
  /** A facilitator's client copying the common table onto a new group's board (groupCopy/copyTable.ts). */
  copyTableToGroup: 'avaa/copy-table-to-group',
  /** The server listing an image it stored for the board (images/noteImage.ts). */
  storedImage: 'avaa/stored-image',
  /**
   * A person adding the paper notes of a photo (photo/addPhotoNotes.ts): their board undo tracks
   * it, so one Undo takes back every note of the photo (call `stopCapturing()` around it).
   */
  addPhotoNotes: 'avaa/add-photo-notes',
} as const;

export type DomainOrigin = (typeof ORIGINS)[keyof typeof ORIGINS];
