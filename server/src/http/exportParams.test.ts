import { describe, expect, it } from 'vitest';
import { parseExportParams } from './exportParams.ts';
import { asciiSlug, downloadName } from './filename.ts';

const parse = (query: string) => {
  const params = parseExportParams(new URLSearchParams(query));
  return 'print' in params ? { ...params, print: params.print('https://avaa.example/w/x') } : params;
};
const printOf = (query: string) => {
  const params = parse(query);
  return 'print' in params ? params.print : undefined;
};

describe('parseExportParams', () => {
  it('defaults a PDF to an A4 table of the common table', () => {
    expect(parse('format=pdf')).toEqual({ format: 'pdf', group: null, print: { kind: 'table', paper: 'A4' } });
    expect(parse('format=csv')).toEqual({ format: 'csv' });
  });

  it('reads each kind with its own sizes', () => {
    expect(printOf('format=pdf&kind=poster&paper=A0&sheet=A3')).toEqual({
      kind: 'poster',
      poster: 'A0',
      sheet: 'A3',
    });
    expect(printOf('format=pdf&kind=cards&card=A6')).toEqual({ kind: 'cards', card: 'A6' });
    expect(parse('format=pdf&kind=blank&paper=A2&board=group-3')).toEqual({
      format: 'pdf',
      group: 3,
      print: { kind: 'blank', paper: 'A2', url: 'https://avaa.example/w/x' },
    });
  });

  it('names the refused field', () => {
    expect(parse('format=xlsx')).toEqual({ error: 'invalid-parameter', field: 'format' });
    expect(parse('format=pdf&paper=A0')).toEqual({ error: 'invalid-parameter', field: 'paper' });
    expect(parse('format=pdf&board=group-31')).toEqual({ error: 'invalid-parameter', field: 'board' });
    expect(parse('format=pdf&board=group-01')).toEqual({ error: 'invalid-parameter', field: 'board' });
    expect(parse('format=pdf&kind=poster&sheet=A5')).toEqual({ error: 'invalid-parameter', field: 'sheet' });
  });
});

describe('downloadName', () => {
  it('is plain ASCII without quotes or separators', () => {
    expect(downloadName('Ohjaamo Åbo: "Sámi" čáhci / đuoddar', 'group-2', 'pdf')).toBe(
      'avaa-ohjaamo-abo-sami-cahci-duoddar-group-2.pdf',
    );
    expect(downloadName('”–”', 'plenary', 'csv')).toBe('avaa-workshop-plenary.csv');
    expect(asciiSlug('Ääpälä\r\nX')).toBe('aapala-x');
  });
});
