import * as Y from 'yjs';
import { isGroupNumber } from '../groupNumber.ts';
import { isParticipantRole, type ParticipantRole, type PersonId } from '../groups/participants.ts';
import { isLanguage, type Language } from '../template.ts';

/**
 * The workshop document (room `<workshop>/workshop`): who is here, the breakout groups and the
 * plenary's state. Boards (the common table and each group's table) are separate documents, so
 * presence, rights and storage stay per board. Documented in the package README.
 *
 *   meta:     Y.Map { schemaVersion: 1, kind: 'workshop', title, language, createdAt }  (server)
 *   settings: Y.Map { joiningOpen: boolean, presenting: group number | null, stage, focus,
 *                     projector: { view: 'joining' | 'table' | 'paths', stage, path? } | null }
 *   people:   Y.Map<PersonId, Y.Map { name, role, joinedAt, removed, group: number | null,
 *                                     contact: PersonId | null }>
 *   groups:   Y.Map<'<number>', Y.Map { number, createdAt, removed }>
 *
 * A person's group is one value on the person, so a person is always in at most one group.
 */
export const WORKSHOP_SCHEMA_VERSION = 1;
export const MAX_PERSON_NAME_LENGTH = 60;

export type WorkshopMeta = {
  readonly schemaVersion: number;
  readonly title: string;
  readonly language: Language;
  readonly createdAt: number;
};

export type PersonView = {
  readonly id: PersonId;
  readonly name: string;
  readonly role: ParticipantRole;
  readonly joinedAt: number;
  readonly removed: boolean;
  readonly group: number | null;
  readonly contact: PersonId | null;
  /** Listed in advance (a new workshop started from an earlier one's people) and not joined yet. */
  readonly listed: boolean;
};

export type GroupView = { readonly number: number; readonly createdAt: number; readonly members: readonly PersonId[] };

export type WorkshopSettings = { readonly joiningOpen: boolean; readonly presenting: number | null };

export function workshopMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('settings');
}

export function peopleMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('people');
}

export function groupsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('groups');
}

export function readWorkshopMeta(doc: Y.Doc): WorkshopMeta | undefined {
  const meta = workshopMetaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  const language = meta.get('language');
  if (typeof schemaVersion !== 'number' || meta.get('kind') !== 'workshop' || !isLanguage(language)) return undefined;
  return {
    schemaVersion,
    title: String(meta.get('title') ?? ''),
    language,
    createdAt: Number(meta.get('createdAt') ?? 0),
  };
}

export function readSettings(doc: Y.Doc): WorkshopSettings {
  const settings = settingsMap(doc);
  const presenting = settings.get('presenting');
  return {
    joiningOpen: settings.get('joiningOpen') !== false,
    presenting: isGroupNumber(presenting) && isLiveGroup(doc, presenting) ? presenting : null,
  };
}

/** A person as plain data, or undefined for an entry that does not fit the schema. */
export function readPerson(doc: Y.Doc, id: PersonId): PersonView | undefined {
  const person = peopleMap(doc).get(id);
  return person instanceof Y.Map ? toPerson(doc, id, person) : undefined;
}

function toPerson(doc: Y.Doc, id: string, person: Y.Map<unknown>): PersonView | undefined {
  const role = person.get('role');
  if (!isParticipantRole(role)) return undefined;
  const group = person.get('group');
  const contact = person.get('contact');
  return {
    id: id as PersonId,
    name: String(person.get('name') ?? ''),
    role,
    joinedAt: Number(person.get('joinedAt') ?? 0),
    removed: person.get('removed') === true,
    group: isGroupNumber(group) && isLiveGroup(doc, group) ? group : null,
    contact: typeof contact === 'string' ? (contact as PersonId) : null,
    listed: person.get('listed') === true,
  };
}

/** Everyone who joined and was not removed, in the order they joined. */
export function readPeople(doc: Y.Doc): PersonView[] {
  const people: PersonView[] = [];
  peopleMap(doc).forEach((entry, id) => {
    const person = entry instanceof Y.Map ? toPerson(doc, id, entry) : undefined;
    if (person && !person.removed) people.push(person);
  });
  return people.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
}

function isLiveGroup(doc: Y.Doc, number: number): boolean {
  const group = groupsMap(doc).get(String(number));
  return group instanceof Y.Map && group.get('removed') !== true;
}

/** The live groups in number order, each with its members in joining order. */
export function readGroups(doc: Y.Doc): GroupView[] {
  const people = readPeople(doc);
  const groups: GroupView[] = [];
  groupsMap(doc).forEach((group, key) => {
    const number = Number(key);
    if (!(group instanceof Y.Map) || !isGroupNumber(number) || group.get('removed') === true) return;
    const members = people.filter((person) => person.group === number).map((person) => person.id);
    groups.push({ number, createdAt: Number(group.get('createdAt') ?? 0), members });
  });
  return groups.sort((a, b) => a.number - b.number);
}

/** The group whose board this person may write, or null. The server checks writes with it. */
export function groupOfPerson(doc: Y.Doc, id: PersonId): number | null {
  const person = readPerson(doc, id);
  return person && !person.removed ? person.group : null;
}
