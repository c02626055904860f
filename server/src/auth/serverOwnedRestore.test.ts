import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reassertServerOwned, serverOwnedValues } from './serverOwnedRestore.ts';

/** A peer's change of `doc`, made on a copy under another client id and applied as remote. */
function remoteChange(doc: Y.Doc, change: (copy: Y.Doc) => void): void {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy, before), 'peer');
}

describe('reassertServerOwned', () => {
  it('gives entries back their value, removes the ones the server did not have, and leaves other roots', () => {
    const doc = new Y.Doc();
    doc.getMap('deletions').set('a', 10);
    doc.getMap('voteTallies').set('v', { voters: 2 });
    const held = serverOwnedValues(doc, new Set(['deletions', 'voteTallies']));
    remoteChange(doc, (copy) => {
      copy.getMap('deletions').set('a', 1);
      copy.getMap('deletions').set('b', 1);
      copy.getMap('voteTallies').set('v', { voters: 2 });
      copy.getMap('notes').set('n', 'kept');
    });
    const written = reassertServerOwned(doc, held);
    expect(written).toEqual(new Map([['deletions', ['a', 'b']]]));
    expect(doc.getMap('deletions').toJSON()).toEqual({ a: 10 });
    expect(doc.getMap('voteTallies').toJSON()).toEqual({ v: { voters: 2 } });
    expect(doc.getMap('notes').get('n')).toBe('kept');
  });

  it('restores an entry a change deleted, and writes nothing when nothing changed', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Ohjaamo');
    const held = serverOwnedValues(doc, new Set(['meta']));
    expect(reassertServerOwned(doc, held).size).toBe(0);
    remoteChange(doc, (copy) => copy.getMap('meta').delete('title'));
    expect(reassertServerOwned(doc, held)).toEqual(new Map([['meta', ['title']]]));
    expect(doc.getMap('meta').get('title')).toBe('Ohjaamo');
  });
});
