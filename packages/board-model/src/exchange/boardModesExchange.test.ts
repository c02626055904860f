import { describe, expect, it } from 'vitest';
import { readBoardMode, setBoardMode } from '../modes/boardMode.ts';
import { sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { validateWorkshopExport } from './validate.ts';

function exported() {
  const sample = sampleWorkshop();
  setBoardMode(sample.workshop, { kind: 'plenary' }, 'locked');
  setBoardMode(sample.workshop, { kind: 'group', group: 2 }, 'own-notes');
  setBoardMode(sample.workshop, { kind: 'group', group: 1 }, 'open');
  return JSON.parse(JSON.stringify(exportWorkshop(sample.workshop, sample))) as Record<string, unknown>;
}

describe('board modes in the exchange', () => {
  it('are exported (boards not open only) and come back on import', () => {
    const data = exported();
    expect(data.boardModes).toEqual({ 'group/2': 'own-notes', plenary: 'locked' });
    const valid = validateWorkshopExport(data);
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    const docs = importWorkshop(valid.value);
    expect(readBoardMode(docs.workshop, { kind: 'plenary' })).toBe('locked');
    expect(readBoardMode(docs.workshop, { kind: 'group', group: 2 })).toBe('own-notes');
    expect(readBoardMode(docs.workshop, { kind: 'group', group: 1 })).toBe('open');
    expect(exportWorkshop(docs.workshop, docs).boardModes).toEqual(data.boardModes);
  });

  it('a file without them imports with every board open; a wrong one names the field', () => {
    const data = exported();
    delete data.boardModes;
    const valid = validateWorkshopExport(data);
    expect(valid.ok && readBoardMode(importWorkshop(valid.value).workshop, { kind: 'plenary' })).toBe('open');
    const wrong = { ...exported(), boardModes: { plenary: 'shouting', 'group/9': 'locked', later: 'open' } };
    expect(validateWorkshopExport(wrong)).toEqual({
      ok: false,
      errors: [
        { path: 'boardModes.plenary', reason: 'unknown-board-mode' },
        { path: 'boardModes.group/9', reason: 'unknown-group' },
        { path: 'boardModes.later', reason: 'unknown-field' },
      ],
    });
  });
});
