import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedBoard } from '../seed.ts';
import { BallotBox } from '../testing/ballotBox.ts';
import { parseCsv } from '../testing/csv.ts';
import { applyRandomOperation } from '../testing/randomOperations.ts';
import { applyRandomPathOperation } from '../testing/randomPathOperations.ts';
import { applyRandomStacking } from '../testing/randomStacking.ts';
import { SAMPLE_TEXTS, sampleWorkshop } from '../testing/sampleWorkshop.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { csvField, exportCsv } from './csv.ts';
import { exportWorkshop } from './exportWorkshop.ts';
import { importWorkshop } from './importWorkshop.ts';
import { escapeMarkdown, exportMarkdown } from './markdown.ts';
import { applyRandomFacilitation } from './randomFacilitation.ts';
import { validateWorkshopExport } from './validate.ts';

const sampleExport = () => {
  const sample = sampleWorkshop();
  return exportWorkshop(sample.workshop, sample);
};

describe('exportCsv', () => {
  it('writes a BOM, CRLF rows and one row per visible note of every board', () => {
    const csv = exportCsv(sampleExport());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    // A Finnish workshop's spreadsheet is Finnish: the header and the kinds too.
    expect(rows[0]).toEqual([
      'vaihe',
      'ulottuvuus',
      'teksti',
      'tyyppi',
      'ryhmä',
      'pistettä',
      'palvelupolku',
      'askel',
      'riski',
      'kommentit',
      'reaktiot',
    ]);
    const body = rows.slice(1).filter((row) => row[6] === '');
    // Plenary: 3 merged + the stack's head (member hidden, deleted note left out); groups: 2 + 1.
    expect(body).toHaveLength(7);
    expect(body).toContainEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      SAMPLE_TEXTS.quoted,
      'puute',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(body).toContainEqual([
      'Ennen asiakkuuden alkua',
      'Toimenpiteet ja palvelut',
      SAMPLE_TEXTS.finnish,
      'lappu',
      '1',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(body.map((row) => row[2])).toContain(SAMPLE_TEXTS.sami);
    expect(body.map((row) => row[2])).not.toContain('Poistettu idea');
    expect(rows.every((row) => row.length === 11)).toBe(true);
  });

  it('lists the steps of every live path, numbered, with the path named, missing services and risks', () => {
    const rows = parseCsv(exportCsv(sampleExport()).slice(1))
      .slice(1)
      .filter((row) => row[6] !== '');
    const student = rows.filter((row) => row[6] === 'Nuori, joka etsii opiskelupaikkaa');
    expect(student).toEqual([
      [
        'Ennen asiakkuuden alkua',
        'Toimenpiteet ja palvelut',
        SAMPLE_TEXTS.quoted,
        'puute',
        '',
        '',
        'Nuori, joka etsii opiskelupaikkaa',
        '1',
        '',
        '',
        '',
      ],
      [
        'Asiakkuuden aikana',
        '',
        'Työkokeilu – *ei tarjolla*',
        'puuttuva palvelu',
        '',
        '',
        'Nuori, joka etsii opiskelupaikkaa',
        '2',
        'katoaminen palveluviidakkoon',
        '',
        '',
      ],
      // Its note was deleted: the step's own text, a missing service. The removed step is left out.
      [
        'Seurantavaihe',
        '',
        'Seurantasoitto',
        'puuttuva palvelu',
        '',
        '',
        'Nuori, joka etsii opiskelupaikkaa',
        '3',
        '',
        '',
        '',
      ],
    ]);
    expect(rows).toContainEqual([
      'Alkuvaihe',
      '',
      'Asumisneuvonta',
      'puuttuva palvelu',
      '1',
      '',
      'Kertakävijä',
      '2',
      'luukuttaminen: Jonotus kestää viikkoja',
      '',
      '',
    ]);
    expect(rows.map((row) => row[6])).not.toContain('Poistettu polku');
    // Plenary: 2 + 2 + 3 steps; group 1: 2; group 2: 2.
    expect(rows).toHaveLength(11);
  });

  it('speaks the language of the workshop in the path columns too', () => {
    const data = sampleExport();
    const rows = parseCsv(exportCsv({ ...data, workshop: { ...data.workshop, language: 'sv' } }).slice(1));
    expect(rows[0]?.slice(6)).toEqual(['servicestig', 'steg', 'risk', 'kommentarer', 'reaktioner']);
    expect(rows).toContainEqual(expect.arrayContaining(['Inledningsskedet', 'tjänst saknas', 'Kertakävijä', '2']));
    expect(rows.map((row) => row[8])).toContain('skickas från lucka till lucka: Jonotus kestää viikkoja');
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});

describe('exportMarkdown', () => {
  it('summarises the title, groups, phases, dimensions and notes', () => {
    const md = exportMarkdown(sampleExport());
    expect(md.startsWith('# Ohjaamo-päivä – Åbo\n\n2023-11-14\n')).toBe(true);
    expect(md).toContain('- Ryhmä 1: Aino Ääpälä, Máret Sárá');
    expect(md).toContain('## Yhteinen taulukko');
    expect(md).toContain('### Ennen asiakkuuden alkua');
    expect(md).toContain(`- ${SAMPLE_TEXTS.sami}`);
    expect(md).toContain(`- ${SAMPLE_TEXTS.swedish}`);
    expect(md).not.toContain('Poistettu idea');
    expect(md).not.toContain('Sama asia toisin sanoen');
  });

  it('lists the paths of each board as numbered steps, missing services and risks marked', () => {
    const md = exportMarkdown(sampleExport());
    const plenary = md.slice(md.indexOf('## Yhteinen taulukko'), md.indexOf('## Ryhmä 1'));
    expect(plenary).toContain(
      [
        '### Palvelupolut',
        '',
        '#### Kertakävijä',
        '',
        `1. Ennen asiakkuuden alkua: ${SAMPLE_TEXTS.finnish}`,
        '2. Alkuvaihe: Asumisneuvonta *(puuttuva palvelu)* — riski: luukuttaminen (Jonotus kestää viikkoja)',
        '',
        'Ohitetut vaiheet: Asiakkuuden aikana, Asiakkuuden päättövaihe, Seurantavaihe',
      ].join('\n'),
    );
    expect(plenary).toContain(
      '#### Nuori, joka etsii opiskelupaikkaa\n\nTulee kaverin kanssa;  \n   kysyy "mitä nyt?"',
    );
    expect(plenary).toContain(
      '2. Asiakkuuden aikana: Työkokeilu – \\*ei tarjolla\\* *(puuttuva palvelu)* — riski: katoaminen palveluviidakkoon\n3. Seurantavaihe: Seurantasoitto *(puuttuva palvelu)*',
    );
    expect(plenary).not.toContain('Poistettu polku');
    expect(plenary).not.toContain('Poistettava askel');
    const group1 = md.slice(md.indexOf('## Ryhmä 1'), md.indexOf('## Ryhmä 2'));
    expect(group1).toContain('### Palvelupolut\n\n#### Kertakävijä');
  });

  it('leaves a board without paths as it was', () => {
    const data = sampleExport();
    const md = exportMarkdown({ ...data, boards: { ...data.boards, plenary: { notes: data.boards.plenary.notes } } });
    const plenary = md.slice(md.indexOf('## Yhteinen taulukko'), md.indexOf('## Ryhmä 1'));
    expect(plenary).not.toContain('Palvelupolut');
    const sv = exportMarkdown({ ...data, workshop: { ...data.workshop, language: 'sv' } });
    expect(sv).toContain('### Servicestigar');
    expect(sv).toContain('2. Inledningsskedet: Asumisneuvonta *(tjänst saknas)* — risk: skickas från lucka till lucka');
  });

  it('escapes markup so a note prints as typed', () => {
    expect(escapeMarkdown('*tärkeä* <b> # 1. kohta')).toBe('\\*tärkeä\\* \\<b\\> # 1. kohta');
    expect(escapeMarkdown('# otsikko\n- lista')).toBe('\\# otsikko\n\\- lista');
  });
});

describe('JSON round trip on random boards', () => {
  it('export -> import -> export is identical for 40 seeds (agreements, rounds, votes and paths too)', () => {
    const sample = sampleWorkshop().workshop;
    let facilitated = 0;
    let withPaths = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const workshop = new Y.Doc();
      Y.applyUpdate(workshop, Y.encodeStateAsUpdate(sample));
      const plenary = new Y.Doc();
      seedBoard(plenary, { title: 'Satunnainen', language: 'sv', createdAt: seed });
      for (let step = 0; step < 60; step++) {
        const roll = random();
        if (roll < 0.6) applyRandomOperation(plenary, random);
        else if (roll < 0.75) applyRandomStacking(plenary, random);
        else applyRandomPathOperation(plenary, random);
      }
      applyRandomFacilitation(workshop, plenary, random, 1_800_000_000_000 + seed);
      const first = exportWorkshop(workshop, { plenary, groups: new Map() });
      const parsed = validateWorkshopExport(JSON.parse(JSON.stringify(first)));
      expect(parsed.ok ? [] : parsed.errors, `seed ${seed}`).toEqual([]);
      if (!parsed.ok) continue;
      const docs = importWorkshop(parsed.value);
      // As the server loads an imported common table: its dots go into the ballots.
      BallotBox.migrate(docs.plenary);
      const second = exportWorkshop(docs.workshop, docs);
      expect(JSON.stringify(second), `seed ${seed}`).toBe(JSON.stringify(first));
      if ((first.agreements?.length ?? 0) > 0 && (first.votes?.length ?? 0) > 0) facilitated++;
      const steps = first.boards.plenary.paths?.flatMap((path) => path.steps) ?? [];
      if (steps.some((step) => step.noteId !== null) && steps.some((step) => step.risk !== null)) withPaths++;
    }
    // The mix is random: make sure it did exercise agreements, votes and paths on many seeds.
    expect(facilitated).toBeGreaterThan(10);
    expect(withPaths).toBeGreaterThan(10);
  });
});
