import {
  type GroupView,
  type PersonId,
  type PersonView,
  readGroups,
  readPeople,
  readPerson,
  readSettings,
  readWorkshopMeta,
  type WorkshopMeta,
  type WorkshopSettings,
} from '@avaa/board-model';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** The workshop document as plain data: who is here, the groups, and the plenary's settings. */
export type WorkshopState = {
  readonly meta: WorkshopMeta | undefined;
  readonly settings: WorkshopSettings;
  readonly people: readonly PersonView[];
  readonly groups: readonly GroupView[];
};

export function readWorkshopState(doc: Y.Doc): WorkshopState {
  return { meta: readWorkshopMeta(doc), settings: readSettings(doc), people: readPeople(doc), groups: readGroups(doc) };
}

export function useWorkshopState(doc: Y.Doc): WorkshopState {
  return useDocSnapshot(doc, readWorkshopState);
}

export function personIn(state: WorkshopState, id: PersonId | null): PersonView | undefined {
  return id === null ? undefined : state.people.find((person) => person.id === id);
}

/** People by id, for naming them in problems and lists. */
export function peopleById(state: WorkshopState): ReadonlyMap<PersonId, PersonView> {
  return new Map(state.people.map((person) => [person.id, person]));
}

/**
 * Whether the facilitator removed this person. The server refuses a removed person's token only
 * when it connects, so an open page learns it from the workshop document.
 */
export function useIsRemoved(doc: Y.Doc, id: PersonId | null): boolean {
  const read = useCallback((current: Y.Doc) => id !== null && readPerson(current, id)?.removed === true, [id]);
  return useDocSnapshot(doc, read);
}
