import { describe, expect, it } from 'vitest';
import { printedBoard, printedLink } from './photo.ts';

describe('the printed blank template’s link names its board', () => {
  const link = 'https://avaa.example.fi/w/Xk3b9QwErTyU#token=v1.abc.def';

  it('after the token, which a joining phone still reads as before', () => {
    const printed = printedLink(link, { kind: 'group', group: 2 });
    expect(printed).toBe(`${link}&board=2`);
    expect(printed.split('#')[1]?.split('&')[0]).toBe('token=v1.abc.def');
    expect(printedBoard(printed)).toEqual({ workshop: 'Xk3b9QwErTyU', board: '2' });
    expect(printedBoard(printedLink(link, { kind: 'plenary' }))).toEqual({
      workshop: 'Xk3b9QwErTyU',
      board: 'plenary',
    });
  });

  it('names no board on a link without one, or on what is no workshop link', () => {
    expect(printedBoard(link)).toBeUndefined();
    expect(printedBoard(printedLink('https://avaa.example.fi/', { kind: 'plenary' }))).toBeUndefined();
    expect(printedBoard('WIFI:S:Ohjaamo;T:WPA;P:secret;;')).toBeUndefined();
  });
});
