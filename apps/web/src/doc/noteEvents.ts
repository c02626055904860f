import * as Y from 'yjs';

/**
 * The notes whose text alone changed, from the events of `observeDeep` on the notes map; null
 * when anything else changed (a note added, moved, recoloured, stacked or deleted). Lets a
 * reader that does not show texts skip re-reading the board while people type.
 */
export function textOnlyChanges(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): ReadonlySet<string> | null {
  const notes = new Set<string>();
  for (const event of events) {
    if (!(event.target instanceof Y.Text)) return null;
    const note = event.path[0];
    if (typeof note !== 'string') return null;
    notes.add(note);
  }
  return notes;
}
