import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deletePath } from '../paths/deletePath.ts';
import type { PathId } from '../paths/pathSchema.ts';
import { exchange, seededBoard } from '../testing/board.ts';
import { must, pathWith } from '../testing/paths.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement } from './addAgreement.ts';
import { agreementsMap, readAgreement } from './agreement.ts';
import { linkPathToAgreement, unlinkPathFromAgreement } from './linkPathToAgreement.ts';
import { removeAgreement } from './moveAgreement.ts';

function register() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const board = seededBoard();
  const first = pathWith(board, 'Kertakävijä', [], 100).path;
  const second = pathWith(board, 'Nuori, joka etsii opiskelupaikkaa', [], 200).path;
  const item = must(
    addAgreement(
      workshop,
      'other-material',
      { text: 'Päivitetään palvelupolkukuvaukset' },
      { random: seededRandom(3) },
    ),
  );
  return { workshop, board, first, second, item };
}

describe('linkPathToAgreement', () => {
  it("adds the path to the item's linked paths and leaves the rest of the item as it was", () => {
    const { workshop, board, first, second, item } = register();
    expect(readAgreement(workshop, item)?.paths).toEqual([]);
    expect(linkPathToAgreement(workshop, board, item, second)).toEqual({ ok: true, value: undefined });
    expect(linkPathToAgreement(workshop, board, item, first).ok).toBe(true);
    expect(readAgreement(workshop, item)).toMatchObject({
      text: 'Päivitetään palvelupolkukuvaukset',
      notes: [],
      paths: [first, second].sort(),
    });
  });

  it('writes nothing when linked already, and links an item made without a paths map', () => {
    const { workshop, board, first, item } = register();
    agreementsMap(workshop).get(item)?.delete('paths');
    must(linkPathToAgreement(workshop, board, item, first));
    let updates = 0;
    workshop.on('update', () => updates++);
    must(linkPathToAgreement(workshop, board, item, first));
    expect(updates).toBe(0);
    expect(readAgreement(workshop, item)?.paths).toEqual([first]);
  });

  it('keeps links two people add at once', () => {
    const { workshop, board, first, second, item } = register();
    const other = new Y.Doc();
    exchange(workshop, other);
    must(linkPathToAgreement(workshop, board, item, first));
    must(linkPathToAgreement(other, board, item, second));
    exchange(workshop, other);
    for (const doc of [workshop, other]) expect(readAgreement(doc, item)?.paths).toEqual([first, second].sort());
  });

  it('refuses a malformed, unknown or deleted path and a removed item, with typed errors and no write', () => {
    const { workshop, board, first, item } = register();
    let updates = 0;
    workshop.on('update', () => updates++);
    for (const bad of ['zzzzzzzzzzzz', '__proto__', 'Kertakävijä', '']) {
      expect(linkPathToAgreement(workshop, board, item, bad as PathId)).toEqual({ ok: false, error: 'unknown-path' });
    }
    expect(linkPathToAgreement(workshop, board, 'nonexistent', first)).toEqual({
      ok: false,
      error: 'unknown-agreement',
    });
    must(deletePath(board, first));
    expect(linkPathToAgreement(workshop, board, item, first)).toEqual({ ok: false, error: 'unknown-path' });
    expect(updates).toBe(0);
    const again = register();
    removeAgreement(again.workshop, again.item);
    expect(linkPathToAgreement(again.workshop, again.board, again.item, again.first)).toEqual({
      ok: false,
      error: 'unknown-agreement',
    });
  });

  it('a deleted path stays linked (read as such elsewhere) and ignores malformed stored keys', () => {
    const { workshop, board, first, item } = register();
    must(linkPathToAgreement(workshop, board, item, first));
    must(deletePath(board, first));
    expect(readAgreement(workshop, item)?.paths).toEqual([first]);
    const links = agreementsMap(workshop).get(item)?.get('paths') as Y.Map<boolean>;
    links.set('not a path', true);
    expect(readAgreement(workshop, item)?.paths).toEqual([first]);
  });
});

describe('unlinkPathFromAgreement', () => {
  it('takes the link off, a deleted path too; no link there writes nothing', () => {
    const { workshop, board, first, second, item } = register();
    must(linkPathToAgreement(workshop, board, item, first));
    must(linkPathToAgreement(workshop, board, item, second));
    must(deletePath(board, first));
    must(unlinkPathFromAgreement(workshop, item, first));
    expect(readAgreement(workshop, item)?.paths).toEqual([second]);
    let updates = 0;
    workshop.on('update', () => updates++);
    must(unlinkPathFromAgreement(workshop, item, first));
    expect(updates).toBe(0);
    expect(unlinkPathFromAgreement(workshop, item, 'x' as PathId)).toEqual({ ok: false, error: 'unknown-path' });
    expect(unlinkPathFromAgreement(workshop, 'nonexistent', second)).toEqual({ ok: false, error: 'unknown-agreement' });
  });
});
