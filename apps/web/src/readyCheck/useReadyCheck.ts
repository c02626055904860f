import { type AnswererState, type ReadyCheckState, readReadyCheckState } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import type { Translate } from '../i18n/index.ts';
import type { WorkshopState } from '../workshop/workshopState.ts';

/** The open ready check with its answers, live; null when none is open. */
export function useReadyCheck(workshopDoc: Y.Doc): ReadyCheckState | null {
  return useDocSnapshot(workshopDoc, readReadyCheckState);
}

/** An answerer's name: the person's, or "Ryhmä 2". */
export function answererName(t: Translate, state: WorkshopState, answerer: AnswererState): string {
  if (answerer.kind === 'group') return t('group.name', { number: answerer.group });
  return state.people.find((person) => person.id === answerer.person)?.name ?? '';
}

/** Whom I answer for in the open check: my own entry, or my group's; undefined if not asked. */
export function myAnswerer(check: ReadyCheckState, person: string | null, group: number | null) {
  if (person === null) return undefined;
  if (check.scope === 'people')
    return check.answerers.find((entry) => entry.kind === 'person' && entry.person === person);
  return check.answerers.find((entry) => entry.kind === 'group' && entry.group === group);
}
