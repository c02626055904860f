import type * as Y from 'yjs';
import { fail, ok, type Result } from '../result.ts';
import { validateDescription, validatePathName } from './pathRules.ts';
import { isPathColour, livePathEntry, type PathColour, type PathId } from './pathSchema.ts';

export type PathChanges = {
  readonly name?: string;
  readonly description?: string;
  readonly colour?: PathColour;
};

/**
 * Changes a path's name, description or colour. All are validated before any is written, and only
 * fields that differ are written, so a concurrent change of another field is never overwritten.
 */
export function renamePath(doc: Y.Doc, id: PathId, changes: PathChanges): Result {
  const entry = livePathEntry(doc, id);
  if (!entry) return fail('unknown-path');
  const values = new Map<string, unknown>();
  if (changes.name !== undefined) {
    const name = validatePathName(changes.name);
    if (!name.ok) return name;
    values.set('name', name.value);
  }
  if (changes.description !== undefined) {
    const description = validateDescription(changes.description);
    if (!description.ok) return description;
    values.set('description', description.value);
  }
  if (changes.colour !== undefined) {
    if (!isPathColour(changes.colour)) return fail('unknown-colour');
    values.set('colour', changes.colour);
  }
  doc.transact(() => {
    for (const [field, value] of values) if (entry.get(field) !== value) entry.set(field, value);
  });
  return ok();
}
