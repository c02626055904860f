import { isCoFacilitator, type PersonId } from '@avaa/board-model';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/** Whether this person is a co-facilitator right now, read live from the workshop document. */
export function useCoFacilitator(workshopDoc: Y.Doc, personId: PersonId | null): boolean {
  const read = useCallback((doc: Y.Doc) => isCoFacilitator(doc, personId), [personId]);
  return useDocSnapshot(workshopDoc, read);
}
