import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, imageFormat, pdfFileName, requestFor, slug, today } from './printChoice.ts';

describe('print choices', () => {
  it('names files in ASCII from the title, date, board and kind', () => {
    expect(slug('Kehittämispäivä – Åbo 2026!')).toBe('kehittamispaiva-abo-2026');
    expect(slug('???')).toBe('avaa');
    expect(pdfFileName('Kehittämispäivä', '2026-11-24', 'plenary', { ...DEFAULT_CHOICE, paper: 'A3' })).toBe(
      'kehittamispaiva-2026-11-24-table-A3.pdf',
    );
    expect(pdfFileName('Päivä', '2026-11-24', 'group-2', { ...DEFAULT_CHOICE, kind: 'poster' })).toBe(
      'paiva-2026-11-24-group-2-poster-A1-on-A4.pdf',
    );
    expect(pdfFileName('Päivä', '2026-11-24', 'plenary', { ...DEFAULT_CHOICE, kind: 'notecards' })).toBe(
      'paiva-2026-11-24-notecards.pdf',
    );
    // The memo is the workshop's: no board in its name, from any board.
    expect(pdfFileName('Päivä', '2026-11-24', 'group-2', { ...DEFAULT_CHOICE, kind: 'agreements' })).toBe(
      'paiva-2026-11-24-agreements.pdf',
    );
  });

  it('asks the renderer for the chosen size only', () => {
    expect(requestFor({ ...DEFAULT_CHOICE, kind: 'agreements' }, 'x')).toEqual({ kind: 'agreements' });
    expect(requestFor({ ...DEFAULT_CHOICE, kind: 'cards', card: 'A6' }, 'x')).toEqual({ kind: 'cards', card: 'A6' });
    expect(requestFor({ ...DEFAULT_CHOICE, kind: 'blank', paper: 'A2' }, 'https://a/w/1')).toEqual({
      kind: 'blank',
      paper: 'A2',
      url: 'https://a/w/1',
    });
  });

  it('prints the service paths as sheets or lanes, and the table with its paths (issue 17)', () => {
    const paths = { ...DEFAULT_CHOICE, kind: 'paths' as const };
    expect(requestFor(paths, 'x')).toEqual({ kind: 'paths', layout: 'sheets', paper: 'A4' });
    expect(requestFor({ ...paths, layout: 'lanes', pathPaper: 'A3' }, 'x')).toEqual({
      kind: 'paths',
      layout: 'lanes',
      paper: 'A3',
    });
    expect(requestFor({ ...DEFAULT_CHOICE, tablePaths: true }, 'x')).toEqual({
      kind: 'table',
      paper: 'A4',
      paths: true,
    });
    expect(pdfFileName('Päivä', '2026-11-24', 'plenary', { ...paths, layout: 'lanes', pathPaper: 'A3' })).toBe(
      'paiva-2026-11-24-paths-lanes-A3.pdf',
    );
  });

  it('names the table as an image by its format, without a paper (issue 18)', () => {
    const png = { ...DEFAULT_CHOICE, tableFormat: 'png' as const, paper: 'A3' as const };
    expect(imageFormat(png)).toBe('png');
    expect(imageFormat({ ...png, kind: 'poster' })).toBeNull();
    expect(imageFormat(DEFAULT_CHOICE)).toBeNull();
    expect(pdfFileName('Päivä', '2026-11-24', 'plenary', png)).toBe('paiva-2026-11-24-table.png');
    expect(pdfFileName('Päivä', '2026-11-24', 'group-2', { ...png, sharp: true, tablePaths: true })).toBe(
      'paiva-2026-11-24-group-2-table-2x-paths.png',
    );
    expect(pdfFileName('Päivä', '2026-11-24', 'plenary', { ...png, tableFormat: 'svg', sharp: true })).toBe(
      'paiva-2026-11-24-table.svg',
    );
  });

  it('formats the local day', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
