import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeUpdate,
  dropPendingUpdates,
  entryItem,
  hasPendingUpdates,
  Item,
  knownClock,
  storedItem,
  storedStructs,
  structIndexAt,
  typeItem,
} from './yjsInternals.ts';

// Pins what Avaa reads of Yjs 13 beyond its documented API (yjsInternals.ts). A failure here
// after a Yjs upgrade names the function to rewrite.
function docOf(client: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = client;
  return doc;
}

describe('yjsInternals: Yjs 13 as Avaa reads it', () => {
  it("decodes an update into its items, each with its client's id and clock", () => {
    const doc = docOf(7);
    doc.getMap('notes').set('n1', 'Matalan kynnyksen palvelu');
    const { structs, ds } = decodeUpdate(Y.encodeStateAsUpdate(doc));
    expect(structs.map((struct) => [struct instanceof Item, struct.id.client, struct.id.clock])).toEqual([
      [true, 7, 0],
    ]);
    expect(ds.clients.size).toBe(0);
    const item = structs[0] as Item;
    expect([item.parent, item.parentSub]).toEqual(['notes', 'n1']);
  });

  it("knows each client's next clock and finds the struct holding a clock", () => {
    const doc = docOf(7);
    const text = doc.getText('text');
    text.insert(0, 'abc');
    text.insert(0, 'x');
    expect([knownClock(doc, 7), knownClock(doc, 8)]).toEqual([4, 0]);
    const structs = storedStructs(doc, 7) ?? [];
    expect(structs.map((struct) => [struct.id.clock, struct.length])).toEqual([
      [0, 3],
      [3, 1],
    ]);
    expect([structIndexAt(structs, 2), structIndexAt(structs, 3)]).toEqual([0, 1]);
    expect(storedItem(doc, Y.createID(7, 3))).toBe(structs[1]);
    expect(storedStructs(doc, 8)).toBeUndefined();
  });

  it("gives a nested type's item (its parent and key) and a map key's item, deleted or not", () => {
    const doc = docOf(7);
    const notes = doc.getMap<Y.Map<unknown>>('notes');
    const note = new Y.Map<unknown>();
    notes.set('n1', note);
    note.set('colour', 'yellow');
    expect(typeItem(notes)).toBeNull();
    const inserted = typeItem(note);
    expect([inserted?.parent === notes, inserted?.parentSub]).toEqual([true, 'n1']);
    expect(entryItem(note, 'colour')?.id.client).toBe(7);
    note.delete('colour');
    expect(entryItem(note, 'colour')?.deleted).toBe(true);
    expect(entryItem(note, 'never')).toBeUndefined();
  });

  it('holds an update whose earlier change is missing, and forgets it when told', () => {
    const source = docOf(7);
    const first = Y.encodeStateAsUpdate(source);
    source.getMap('notes').set('n1', 'a');
    const afterFirst = Y.encodeStateVector(source);
    source.getMap('notes').set('n2', 'b');
    const second = Y.encodeStateAsUpdate(source, afterFirst);
    const target = docOf(9);
    Y.applyUpdate(target, first);
    Y.applyUpdate(target, second);
    expect(hasPendingUpdates(target)).toBe(true);
    expect(target.getMap('notes').size).toBe(0);
    dropPendingUpdates(target);
    expect(hasPendingUpdates(target)).toBe(false);
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source, Y.encodeStateVector(target)));
    expect(target.getMap('notes').size).toBe(2);
  });
});
