import type { SavedState } from '@avaa/workshop-client';
import { describe, expect, it } from 'vitest';
import { saveAnnouncement } from './saveAnnouncement.ts';

/** The announcements heard along a sequence of saved states, starting from 'saved'. */
function heard(states: readonly SavedState[]): SavedState[] {
  let last: SavedState = 'saved';
  const said: SavedState[] = [];
  for (const state of states) {
    const announced = saveAnnouncement(last, state);
    if (announced === null) continue;
    said.push(announced);
    last = announced;
  }
  return said;
}

describe('saveAnnouncement', () => {
  it('says nothing while a person types and every edit is saved', () => {
    const typing = Array.from({ length: 21 }, (): SavedState[] => ['saving', 'saved']).flat();
    expect(heard(typing)).toEqual([]);
  });

  it('says a problem once, a changed problem again, and "saved" when it is over', () => {
    expect(
      heard([
        'saving',
        'stalled',
        'stalled',
        'saving',
        'stalled',
        'offline-unsaved',
        'saving',
        'saved',
        'saving',
        'saved',
      ]),
    ).toEqual(['stalled', 'offline-unsaved', 'saved']);
  });

  it('says a refusal, and saved after it', () => {
    expect(heard(['saving', 'refused', 'saving', 'saved'])).toEqual(['refused', 'saved']);
  });
});
