import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import { fail, ok, type Result } from '../result.ts';
import { MAX_PATHS_PER_BOARD, validateDescription, validatePathName } from './pathRules.ts';
import { isPathColour, newPathId, PATH_COLOURS, type PathColour, type PathId, pathsMap } from './pathSchema.ts';

export type NewPath = {
  /** A client archetype, never a real person: "Kertakävijä". */
  readonly name: string;
  readonly description?: string;
  /** Unless given, the first colour no live path has (then round the palette). */
  readonly colour?: PathColour;
  readonly createdBy?: PersonId;
};

/** Adds an empty path to the board. Returns its id. */
export function createPath(doc: Y.Doc, path: NewPath, options: OperationOptions = {}): Result<PathId> {
  if (pathsMap(doc).size >= MAX_PATHS_PER_BOARD) return fail('too-many-paths');
  const name = validatePathName(path.name);
  if (!name.ok) return name;
  const description = validateDescription(path.description ?? '');
  if (!description.ok) return description;
  const colour = path.colour ?? freeColour(doc);
  if (!isPathColour(colour)) return fail('unknown-colour');
  const id = newPathId(options.random ?? cryptoRandom);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('name', name.value);
    entry.set('description', description.value);
    entry.set('colour', colour);
    entry.set('createdAt', (options.now ?? Date.now)());
    entry.set('deleted', false);
    if (path.createdBy !== undefined) entry.set('createdBy', path.createdBy);
    entry.set('steps', new Y.Map<unknown>());
    pathsMap(doc).set(id, entry);
  });
  return ok(id);
}

/** Paths shown together should differ in colour (their numbers tell them apart too). */
function freeColour(doc: Y.Doc): PathColour {
  const used = new Set<unknown>();
  let live = 0;
  pathsMap(doc).forEach((entry) => {
    if (!(entry instanceof Y.Map) || entry.get('deleted') === true) return;
    used.add(entry.get('colour'));
    live++;
  });
  return PATH_COLOURS.find((colour) => !used.has(colour)) ?? (PATH_COLOURS[live % PATH_COLOURS.length] as PathColour);
}
