import type { PathId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { drawersReading } from './drawers.ts';

const PATH = 'p1b2c3d4e5f6' as PathId;

describe('drawersReading', () => {
  it('says who else draws which path, and tells only when that changes', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const reading = drawersReading(mine);
    let heard = 0;
    const stop = reading.subscribe(() => heard++);
    const send = (state: Record<string, unknown>) => {
      theirs.setLocalState(state);
      applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'test');
    };
    send({ user: { name: 'Aino', colour: '#0b57d0' }, editing: null, drawing: PATH });
    expect(
      reading
        .getSnapshot()
        .get(PATH)
        ?.map((peer) => peer.user.name),
    ).toEqual(['Aino']);
    const heardOnce = heard;
    send({ user: { name: 'Aino', colour: '#0b57d0' }, editing: null, drawing: PATH, typing: 1 });
    expect(heard).toBe(heardOnce);
    send({ user: { name: 'Aino', colour: '#0b57d0' }, editing: null, drawing: null });
    expect(reading.getSnapshot().size).toBe(0);
    stop();
    mine.destroy();
    theirs.destroy();
  });
});
