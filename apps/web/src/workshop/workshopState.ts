import { type PersonId, type PersonView, readPerson } from '@avaa/board-model';
import { type WorkshopState, workshopStateReading } from '@avaa/workshop-client';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useReading } from '../client/useReading.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

export { readWorkshopState, type WorkshopState } from '@avaa/workshop-client';

export function useWorkshopState(doc: Y.Doc): WorkshopState {
  return useReading(workshopStateReading(doc));
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
