import {
  type AgreementView,
  compareAgreementsWithRound,
  comparePathsWithRound,
  compareWithRound,
  type Round,
  readPaths,
} from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';

/**
 * What changed since `round`, live: on the common table (`tableDoc`), in its service paths and in
 * the register (`items`).
 */
export function useRoundChanges(round: Round, tableDoc: Y.Doc, items: readonly AgreementView[]) {
  const read = useMemo(() => (doc: Y.Doc) => compareWithRound(doc, round), [round]);
  const table = useDocSnapshot(tableDoc, read);
  const readPathChanges = useMemo(() => (doc: Y.Doc) => comparePathsWithRound(readPaths(doc), round.paths), [round]);
  const paths = useDocSnapshot(tableDoc, readPathChanges);
  const register = useMemo(() => compareAgreementsWithRound(items, round.agreements), [items, round]);
  return { table, paths, register };
}
