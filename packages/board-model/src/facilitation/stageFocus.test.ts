import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchange } from '../testing/board.ts';
import { applyGrouping } from '../workshop/operations/applyGrouping.ts';
import { settingsMap } from '../workshop/schema.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { readFocus, setFocus } from './focus.ts';
import { nextStage, previousStage, readStage, STAGES, type Stage, setStage } from './stage.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

describe('stages', () => {
  it('starts at setup and moves forwards and back', () => {
    const doc = workshop();
    expect(readStage(doc)).toBe('setup');
    for (const stage of STAGES) {
      expect(setStage(doc, stage)).toEqual({ ok: true, value: undefined });
      expect(readStage(doc)).toBe(stage);
    }
    expect(setStage(doc, 'group-work').ok).toBe(true);
    expect(readStage(doc)).toBe('group-work');
  });

  it('walks the order', () => {
    expect(nextStage('setup')).toBe('group-work');
    expect(nextStage('agreements')).toBeNull();
    expect(previousStage('agreements')).toBe('common-table');
    expect(previousStage('setup')).toBeNull();
  });

  it('refuses an unknown stage and reads a foreign value as setup', () => {
    const doc = workshop();
    expect(setStage(doc, 'lunch' as Stage)).toEqual({ ok: false, error: 'unknown-stage' });
    settingsMap(doc).set('stage', 42);
    expect(readStage(doc)).toBe('setup');
  });

  it('two facilitators switching at once end on the same stage', () => {
    const a = workshop();
    const b = new Y.Doc();
    exchange(a, b);
    setStage(a, 'presentations');
    setStage(b, 'agreements');
    exchange(a, b);
    expect(readStage(a)).toBe(readStage(b));
  });
});

describe('focus', () => {
  it('follows the plenary, a cell, a live group and nothing', () => {
    const doc = workshop();
    expect(readFocus(doc)).toBeNull();
    expect(setFocus(doc, { board: 'plenary' }).ok).toBe(true);
    expect(readFocus(doc)).toEqual({ board: 'plenary' });
    expect(setFocus(doc, { board: 'plenary', cell: 'start:services' }).ok).toBe(true);
    expect(readFocus(doc)).toEqual({ board: 'plenary', cell: 'start:services' });
    expect(setFocus(doc, { board: 2 })).toEqual({ ok: false, error: 'unknown-group' });
    const grouping = { groups: [{ members: [] }, { members: [] }], contacts: new Map() };
    expect(applyGrouping(doc, grouping).ok).toBe(true);
    expect(setFocus(doc, { board: 2, cell: 'during:collaboration' }).ok).toBe(true);
    expect(readFocus(doc)).toEqual({ board: 2, cell: 'during:collaboration' });
    // The group is removed: nobody follows a board that is gone.
    applyGrouping(doc, { groups: [{ members: [] }], contacts: new Map() });
    expect(readFocus(doc)).toBeNull();
    expect(setFocus(doc, null).ok).toBe(true);
    expect(readFocus(doc)).toBeNull();
  });

  it('refuses an unknown cell', () => {
    const doc = workshop();
    expect(setFocus(doc, { board: 'plenary', cell: 'lunch:services' as never })).toEqual({
      ok: false,
      error: 'unknown-cell',
    });
  });
});
