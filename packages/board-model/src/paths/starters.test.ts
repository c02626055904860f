import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../template.ts';
import { seededBoard } from '../testing/board.ts';
import { must } from '../testing/paths.ts';
import { createPath } from './createPath.ts';
import { readPaths } from './readPaths.ts';
import { PATH_STARTERS } from './starters.ts';

describe('PATH_STARTERS', () => {
  it('start a path in every language, names and descriptions within the rules', () => {
    for (const language of LANGUAGES) {
      const doc = seededBoard();
      PATH_STARTERS.forEach(({ name, description }, i) => {
        must(createPath(doc, { name: name[language], description: description[language] }, { now: () => i }));
      });
      expect(readPaths(doc).map((path) => path.name)).toEqual(PATH_STARTERS.map(({ name }) => name[language]));
    }
  });

  it("begin with the method's one-time visitor", () => {
    expect(PATH_STARTERS[0]?.name.fi).toBe('Kertakävijä');
  });
});
