import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readPeers } from './presence.ts';

function awarenessWith(states: unknown[]): Awareness {
  const awareness = new Awareness(new Y.Doc());
  states.forEach((state, i) => {
    awareness.states.set(1000 + i, state as Record<string, unknown>);
  });
  return awareness;
}

describe('readPeers', () => {
  it('reads the person a peer is, and ignores what is not a person id', () => {
    const awareness = awarenessWith([
      { user: { name: 'Aino', colour: '#0b57d0' }, editing: null, person: 'a1b2c3d4e5f6' },
      { user: { name: 'Bertil', colour: '#0b57d0' }, editing: null },
      { user: { name: 'Eve', colour: '#0b57d0' }, editing: null, person: { id: 'x' } },
    ]);
    expect(readPeers(awareness).map((peer) => [peer.user.name, peer.person])).toEqual([
      ['Aino', 'a1b2c3d4e5f6'],
      ['Bertil', null],
      ['Eve', null],
    ]);
    awareness.destroy();
  });

  it('reads the service path a peer is drawing, and ignores what is not a path id', () => {
    const awareness = awarenessWith([
      { user: { name: 'Aino', colour: '#0b57d0' }, editing: null, drawing: 'p1b2c3d4e5f6' },
      { user: { name: 'Bertil', colour: '#0b57d0' }, editing: null, drawing: '../notes' },
      { user: { name: 'Cai', colour: '#0b57d0' }, editing: null },
    ]);
    expect(readPeers(awareness).map((peer) => [peer.user.name, peer.drawing])).toEqual([
      ['Aino', 'p1b2c3d4e5f6'],
      ['Bertil', null],
      ['Cai', null],
    ]);
    awareness.destroy();
  });
});
