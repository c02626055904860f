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

  it('reads the agreements memo, which is A4 only', () => {
    expect(parse('format=pdf&kind=agreements')).toEqual({ format: 'pdf', group: null, print: { kind: 'agreements' } });
    expect(printOf('format=pdf&kind=agreements&paper=A4')).toEqual({ kind: 'agreements' });
    expect(parse('format=pdf&kind=agreements&paper=A3')).toEqual({
      error: 'invalid-parameter',
      field: 'paper',
      allowed: ['A4'],
    });
  });

  it('reads the service paths: a sheet per path or the lanes, on A4 or A3, and the table with its paths', () => {
    expect(parse('format=pdf&kind=paths')).toEqual({
      format: 'pdf',
      group: null,
      print: { kind: 'paths', layout: 'sheets', paper: 'A4' },
    });
    expect(parse('format=pdf&kind=paths&layout=lanes&paper=A3&board=group-2')).toEqual({
      format: 'pdf',
      group: 2,
      print: { kind: 'paths', layout: 'lanes', paper: 'A3' },
    });
    expect(printOf('format=pdf&kind=table&paths=1&paper=A3')).toEqual({ kind: 'table', paper: 'A3', paths: true });
    expect(printOf('format=pdf&kind=table&paths=0')).toEqual({ kind: 'table', paper: 'A4' });
    expect(parse('format=pdf&kind=paths&layout=grid')).toEqual({
      error: 'invalid-parameter',
      field: 'layout',
      allowed: ['sheets', 'lanes'],
    });
    expect(parse('format=pdf&kind=paths&paper=A2')).toEqual({
      error: 'invalid-parameter',
      field: 'paper',
      allowed: ['A4', 'A3'],
    });
    expect(parse('format=pdf&kind=table&paths=yes')).toEqual({
      error: 'invalid-parameter',
      field: 'paths',
      allowed: ['0', '1'],
    });
  });

  it('names the refused field and the values it takes', () => {
    const refused = (query: string) => {
      const result = parse(query);
      return 'error' in result ? result.field : undefined;
    };
    expect(parse('format=docx')).toEqual({
      error: 'invalid-parameter',
      field: 'format',
      allowed: ['pdf', 'json', 'csv', 'md', 'xlsx', 'png', 'svg'],
    });
    expect(parse('format=pdf&kind=minutes')).toEqual({
      error: 'invalid-parameter',
      field: 'kind',
      allowed: ['table', 'poster', 'cards', 'notecards', 'blank', 'agreements', 'paths'],
    });
    expect(refused('format=pdf&paper=A0')).toBe('paper');
    expect(refused('format=pdf&board=group-31')).toBe('board');
    expect(refused('format=pdf&board=group-01')).toBe('board');
    expect(refused('format=pdf&kind=poster&sheet=A5')).toBe('sheet');
  });
});

describe('the table as an image', () => {
  it('defaults to the common table at slide size without paths', () => {
    expect(parse('format=png')).toEqual({ format: 'png', group: null, paths: false, scale: 1 });
    expect(parse('format=svg&board=group-2&paths=1&scale=2&kind=table')).toEqual({
      format: 'svg',
      group: 2,
      paths: true,
      scale: 2,
    });
  });

  it('refuses any other kind, flag or scale, naming the values it takes', () => {
    expect(parse('format=png&kind=poster')).toEqual({ error: 'invalid-parameter', field: 'kind', allowed: ['table'] });
    expect(parse('format=svg&paths=true')).toEqual({ error: 'invalid-parameter', field: 'paths', allowed: ['0', '1'] });
    expect(parse('format=png&scale=4')).toEqual({ error: 'invalid-parameter', field: 'scale', allowed: ['1', '2'] });
    expect(parse('format=png&board=group-0')).toMatchObject({ error: 'invalid-parameter', field: 'board' });
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
