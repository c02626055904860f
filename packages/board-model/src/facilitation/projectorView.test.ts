import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newPathId, type PathId } from '../paths/pathSchema.ts';
import { exchange } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { settingsMap } from '../workshop/schema.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import {
  isJoiningShown,
  type ProjectorView,
  readProjectedPath,
  readProjectorView,
  setProjectorView,
} from './projectorView.ts';
import { setStage } from './stage.ts';

function workshop(): Y.Doc {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  return doc;
}

describe('the projector view', () => {
  it('follows the stage until the facilitator chooses, and shows joining at setup', () => {
    const doc = workshop();
    expect(readProjectorView(doc)).toBeNull();
    expect(isJoiningShown(doc)).toBe(true);
    setStage(doc, 'group-work');
    expect(isJoiningShown(doc)).toBe(false);
    expect(setProjectorView(doc, 'joining')).toEqual({ ok: true, value: undefined });
    expect(readProjectorView(doc)).toBe('joining');
    expect(isJoiningShown(doc)).toBe(true);
    expect(setProjectorView(doc, null).ok).toBe(true);
    expect(isJoiningShown(doc)).toBe(false);
  });

  it('holds a choice only for the stage it was made in', () => {
    const doc = workshop();
    setStage(doc, 'common-table');
    setProjectorView(doc, 'table');
    expect(readProjectorView(doc)).toBe('table');
    setStage(doc, 'agreements');
    expect(readProjectorView(doc)).toBeNull();
    setStage(doc, 'setup');
    expect(isJoiningShown(doc)).toBe(true);
    setProjectorView(doc, 'table');
    expect(isJoiningShown(doc)).toBe(false);
  });

  it('refuses an unknown view and reads a foreign value as none', () => {
    const doc = workshop();
    expect(setProjectorView(doc, 'slides' as ProjectorView)).toEqual({ ok: false, error: 'unknown-projector-view' });
    settingsMap(doc).set('projector', { view: 'slides', stage: 'setup' });
    expect(readProjectorView(doc)).toBeNull();
    settingsMap(doc).set('projector', 'joining');
    expect(readProjectorView(doc)).toBeNull();
  });

  it('ends on one choice when two facilitators choose at once', () => {
    const a = workshop();
    const b = new Y.Doc();
    exchange(a, b);
    setProjectorView(a, 'joining');
    setProjectorView(b, 'table');
    exchange(a, b);
    expect(readProjectorView(a)).toBe(readProjectorView(b));
    expect(readProjectorView(a)).not.toBeNull();
  });

  it('shows the common table’s paths, all of them or one, for the stage it was chosen in', () => {
    const doc = workshop();
    const path = newPathId(seededRandom(7));
    setStage(doc, 'common-table');
    expect(setProjectorView(doc, 'paths')).toEqual({ ok: true, value: undefined });
    expect(readProjectorView(doc)).toBe('paths');
    expect(readProjectedPath(doc)).toBeNull();
    expect(setProjectorView(doc, 'paths', { path }).ok).toBe(true);
    expect(readProjectedPath(doc)).toBe(path);
    expect(isJoiningShown(doc)).toBe(false);
    // Another choice forgets the path; so does the next stage.
    setProjectorView(doc, 'table');
    expect(readProjectedPath(doc)).toBeNull();
    setProjectorView(doc, 'paths', { path });
    setStage(doc, 'agreements');
    expect([readProjectorView(doc), readProjectedPath(doc)]).toEqual([null, null]);
  });

  it('refuses a path with another view or a malformed path id, and reads a foreign path as none', () => {
    const doc = workshop();
    const path = newPathId(seededRandom(8));
    expect(setProjectorView(doc, 'table', { path })).toEqual({ ok: false, error: 'unknown-path' });
    expect(setProjectorView(doc, 'paths', { path: 'x' as PathId })).toEqual({ ok: false, error: 'unknown-path' });
    expect(readProjectorView(doc)).toBeNull();
    settingsMap(doc).set('projector', { view: 'paths', stage: 'setup', path: { evil: true } });
    expect([readProjectorView(doc), readProjectedPath(doc)]).toEqual(['paths', null]);
    settingsMap(doc).set('projector', { view: 'table', stage: 'setup', path });
    expect(readProjectedPath(doc)).toBeNull();
  });
});
