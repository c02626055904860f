import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isCommonTableLocked, readCommonTableOpenInGroupWork, setCommonTableOpenInGroupWork } from './commonTable.ts';
import { setStage } from './stage.ts';

describe('the common table during group work', () => {
  it('is read-only for participants during group work only, unless the facilitator opened it', () => {
    const doc = new Y.Doc();
    expect(isCommonTableLocked(doc)).toBe(false);
    setStage(doc, 'group-work');
    expect(readCommonTableOpenInGroupWork(doc)).toBe(false);
    expect(isCommonTableLocked(doc)).toBe(true);
    expect(setCommonTableOpenInGroupWork(doc, true).ok).toBe(true);
    expect(isCommonTableLocked(doc)).toBe(false);
    setCommonTableOpenInGroupWork(doc, false);
    expect(isCommonTableLocked(doc)).toBe(true);
    setStage(doc, 'common-table');
    expect(isCommonTableLocked(doc)).toBe(false);
  });

  it('reads a foreign value as the default (read-only)', () => {
    const doc = new Y.Doc();
    setStage(doc, 'group-work');
    doc.getMap('settings').set('commonTableOpenInGroupWork', 'yes');
    expect(isCommonTableLocked(doc)).toBe(true);
  });
});
