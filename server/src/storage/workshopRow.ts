import { isLanguage } from '@avaa/board-model';
import { isWorkshopId } from '@avaa/protocol';
import type { WorkshopRecord } from './types.ts';

/** The columns both backends store a workshop in, in `toWorkshop`'s names. */
export const WORKSHOP_COLUMNS = 'id, title, language, created_at, join_code';

/** A workshop row of either backend, or undefined for none or one that does not fit. */
export function toWorkshop(row: Record<string, unknown> | undefined): WorkshopRecord | undefined {
  if (!row) return undefined;
  const { id, title, language, created_at: createdAt, join_code: joinCode } = row;
  if (!isWorkshopId(id) || typeof title !== 'string' || !isLanguage(language) || typeof joinCode !== 'string') {
    return undefined;
  }
  return { id, title, language, createdAt: Number(createdAt), joinCode };
}
