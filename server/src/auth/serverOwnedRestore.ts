import * as Y from 'yjs';

/** The entries of some server-owned root maps, as the server held them before a change. */
export type ServerOwnedValues = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

/** Origin of the server's writing back its own values (stored and relayed like any change). */
export const REASSERTED = Symbol('server-owned-reasserted');

/** What the server holds now under `roots` (their top-level entries: plain values). */
export function serverOwnedValues(doc: Y.Doc, roots: ReadonlySet<string>): ServerOwnedValues {
  return new Map([...roots].map((root) => [root, new Map(doc.getMap(root).entries())]));
}

/**
 * Writes the server's values back over whatever a resync changed under its roots: an entry the
 * server had gets its value again, one it did not have is removed. Every copy keeps the resync's
 * items (so all converge) and shows the server's word. Returns the keys written, by root.
 */
export function reassertServerOwned(doc: Y.Doc, before: ServerOwnedValues): Map<string, string[]> {
  const written = new Map<string, string[]>();
  doc.transact(() => {
    for (const [root, held] of before) {
      const map = doc.getMap(root);
      const keys = new Set([...held.keys(), ...map.keys()]);
      const changed = [...keys].filter((key) => !sameValue(held.get(key), map.get(key)));
      for (const key of changed) {
        if (held.has(key)) map.set(key, held.get(key));
        else map.delete(key);
      }
      if (changed.length > 0) written.set(root, changed);
    }
  }, REASSERTED);
  return written;
}

/** The roots hold plain values (numbers, flags, JSON objects); a nested type compares as JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  const json = (value: unknown) => JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value);
  return json(a) === json(b);
}
