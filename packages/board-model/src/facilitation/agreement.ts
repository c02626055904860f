import * as Y from 'yjs';
import { isFractionalKey } from '../fractionalKey.ts';
import { isPersonId, type PersonId } from '../groups/participants.ts';
import { isNoteId, type NoteId } from '../ids.ts';
import { isPathId, type PathId } from '../paths/pathSchema.ts';
import { type AgreementStatus, isAgreementStatus, isIsoDate } from './agreementRules.ts';
import { AGREEMENT_SECTION_IDS, type AgreementSectionId, isAgreementSectionId } from './agreementSections.ts';

/**
 * The agreements register, in the workshop document (it outlives any one board). Documented in
 * the package README.
 *
 *   agreements: Y.Map<agreementId, Y.Map { section, key, text, owner, due: 'YYYY-MM-DD' | null,
 *                                           status, notes: Y.Map<NoteId, true>, createdAt,
 *                                           removed: boolean,
 *                                           paths?: Y.Map<PathId, true> (the common table's),
 *                                           ownerPerson?: PersonId (owner chosen from the people),
 *                                           proposedBy?: PersonId (a participant's proposal,
 *                                                        until the facilitator accepts it) }>
 *
 * Every field is its own value, so two people changing an item's owner and status at once both
 * keep their change; `section` and `key` move together as one placement would, but are two
 * values: a reader takes both as they are and orders by (key, id), which is strict anyway.
 * Note and path links are maps, so links added concurrently are all kept.
 */
export type AgreementId = string;

export type AgreementView = {
  readonly id: AgreementId;
  readonly section: AgreementSectionId;
  readonly key: string;
  readonly text: string;
  /** The owner's name: as typed, or the chosen person's name (kept current by `renamePerson`). */
  readonly owner: string;
  /**
   * The person chosen as owner, if one of the workshop's people was; else null (absent in what
   * rounds kept before owners were chosen).
   */
  readonly ownerPerson?: PersonId | null;
  /** Who proposed the item while it waits for the facilitator to accept it; null once accepted. */
  readonly proposedBy?: PersonId | null;
  readonly due: string | null;
  readonly status: AgreementStatus;
  /** Ids of the common table's notes the item came from, sorted. */
  readonly notes: readonly NoteId[];
  /**
   * Ids of the common table's service paths the item is about, sorted (question 6: must the
   * service path descriptions change?). A deleted path stays linked: the page says it is gone.
   */
  readonly paths: readonly PathId[];
  readonly createdAt: number;
};

/** Sections in the method's order, for sorting the whole register. */
const SECTION_ORDER: readonly string[] = AGREEMENT_SECTION_IDS;

export function agreementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('agreements');
}

/** A live item's map, or undefined for an unknown, malformed or removed one. */
export function agreementEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const entry = agreementsMap(doc).get(id);
  return entry instanceof Y.Map && entry.get('removed') !== true ? entry : undefined;
}

function toView(id: string, entry: Y.Map<unknown>): AgreementView | undefined {
  const section = entry.get('section');
  const key = entry.get('key');
  if (!isAgreementSectionId(section) || !isFractionalKey(key) || entry.get('removed') === true) return undefined;
  const status = entry.get('status');
  const due = entry.get('due');
  const links = entry.get('notes');
  const paths = entry.get('paths');
  return {
    id,
    section,
    key,
    text: String(entry.get('text') ?? ''),
    owner: String(entry.get('owner') ?? ''),
    ownerPerson: personField(entry, 'ownerPerson'),
    proposedBy: personField(entry, 'proposedBy'),
    due: isIsoDate(due) ? due : null,
    status: isAgreementStatus(status) ? status : 'open',
    notes: links instanceof Y.Map ? [...links.keys()].filter(isNoteId).sort() : [],
    paths: paths instanceof Y.Map ? [...paths.keys()].filter(isPathId).sort() : [],
    createdAt: Number(entry.get('createdAt') ?? 0),
  };
}

function personField(entry: Y.Map<unknown>, field: string): PersonId | null {
  const value = entry.get(field);
  return isPersonId(value) ? value : null;
}

export function readAgreement(doc: Y.Doc, id: AgreementId): AgreementView | undefined {
  const entry = agreementsMap(doc).get(id);
  return entry instanceof Y.Map ? toView(id, entry) : undefined;
}

export function compareAgreements(a: AgreementView, b: AgreementView): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The live accepted items of one section in order. */
export function agreementsInSection(doc: Y.Doc, section: AgreementSectionId): AgreementView[] {
  return readAgreements(doc).filter((item) => item.section === section);
}

/**
 * Every live accepted item, by section in the method's order, each section in its own order.
 * Proposals waiting for the facilitator are not agreements yet: `readProposals` reads them.
 */
export function readAgreements(doc: Y.Doc): AgreementView[] {
  return readRegister(doc).filter((item) => !item.proposedBy);
}

/** Participants' proposals waiting for the facilitator, in the register's order. */
export function readProposals(doc: Y.Doc): AgreementView[] {
  return readRegister(doc).filter((item) => Boolean(item.proposedBy));
}

/** Every live item, proposals too (what an export keeps), in the register's order. */
export function readRegister(doc: Y.Doc): AgreementView[] {
  const items: AgreementView[] = [];
  agreementsMap(doc).forEach((entry, id) => {
    const view = entry instanceof Y.Map ? toView(id, entry) : undefined;
    if (view) items.push(view);
  });
  const order = (item: AgreementView) => SECTION_ORDER.indexOf(item.section);
  return items.sort((a, b) => order(a) - order(b) || compareAgreements(a, b));
}
