import type { PersonId } from '@avaa/board-model';
import { describe, expect, test } from 'vitest';
import { decodeAwareness, encodeAwarenessEntries } from './frameGuard.ts';
import { stampPresence } from './presenceStamp.ts';

const anna = 'annaannaanna' as PersonId;
const update = (...states: unknown[]) =>
  encodeAwarenessEntries(states.map((state, index) => ({ id: index + 1, clock: 3, state: JSON.stringify(state) })));
const states = (stamped: Uint8Array) => decodeAwareness(stamped).map((entry) => JSON.parse(entry.state) as unknown);

describe('stampPresence', () => {
  test("a person's token: their name and id replace whatever the client said", () => {
    const identity = { personId: anna, name: () => 'Anna' };
    const claimed = { user: { name: 'Pekka', colour: '#123456' }, editing: null, person: 'pekkapekkape' };
    expect(states(stampPresence(update(claimed), identity))).toEqual([
      { user: { name: 'Anna', colour: '#123456' }, editing: null, person: anna },
    ]);
  });

  test('a state that already names its person correctly is passed on as the same bytes', () => {
    const identity = { personId: anna, name: () => 'Anna' };
    const honest = update({ user: { name: 'Anna', colour: '#123456' }, editing: 'n1', person: anna });
    expect(stampPresence(honest, identity)).toBe(honest);
    const renamed = update({ user: { name: 'Anna K', colour: '#123456' }, editing: 'n1', person: anna });
    expect(states(stampPresence(renamed, identity))).toEqual([
      { user: { name: 'Anna', colour: '#123456' }, editing: 'n1', person: anna },
    ]);
  });

  test('other tokens cannot claim a person; names stay theirs', () => {
    const identity = { personId: undefined, name: () => undefined };
    const claimed = { user: { name: 'Vieras 3', colour: '#123456' }, person: anna };
    expect(states(stampPresence(update(claimed), identity))).toEqual([
      { user: { name: 'Vieras 3', colour: '#123456' }, person: null },
    ]);
    const plain = update({ user: { name: 'Fasilitaattori' } });
    expect(stampPresence(plain, identity)).toBe(plain);
  });

  test("the facilitator's link is left as sent (one who joined says which person they are)", () => {
    const claimed = update({ user: { name: 'Fasilitaattori' }, person: anna });
    expect(stampPresence(claimed, { personId: undefined, name: () => undefined, facilitator: true })).toBe(claimed);
  });

  test('leaving (null), non-objects and unparsable states pass untouched', () => {
    const identity = { personId: anna, name: () => 'Anna' };
    const untouched = encodeAwarenessEntries([
      { id: 1, clock: 1, state: 'null' },
      { id: 2, clock: 1, state: '[1]' },
      { id: 3, clock: 1, state: '{"broken' },
    ]);
    expect(stampPresence(untouched, identity)).toBe(untouched);
  });
});
