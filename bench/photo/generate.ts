import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '@avaa/board-model';
import { renderBlankTemplate, renderPoster, renderTable } from '@avaa/print';
import { type PrintoutSpec, printoutLayout } from '@avaa/print/markers';
import { loadFonts } from '@avaa/print/node';
import sharp from 'sharp';
import { project } from '../../server/src/photo/homography.ts';
import { develop, type Shot, shoot } from './camera.ts';
import { markerCovered, PAPER_COLOURS, type PaperColour, random, stickNotes, type TruthNote } from './notes.ts';

/** Handwriting-like fonts from Debian's fonts-dkg-handwriting and fonts-humor-sans (.ci/run installs them). */
export const HAND_FONTS = ['DkgHandwriting', 'Humor Sans'] as const;

/** What the set's photos show, in turn: every printout kind, fi and sv. */
const PRINTOUTS: readonly { readonly spec: PrintoutSpec; readonly sheet: number }[] = [
  { spec: { kind: 'blank', paper: 'A4' }, sheet: 0 },
  { spec: { kind: 'blank', paper: 'A3' }, sheet: 0 },
  { spec: { kind: 'table', paper: 'A4' }, sheet: 0 },
  { spec: { kind: 'blank', paper: 'A1' }, sheet: 0 },
  { spec: { kind: 'poster', poster: 'A0', sheet: 'A4' }, sheet: 7 },
  { spec: { kind: 'blank', paper: 'A2' }, sheet: 0 },
  { spec: { kind: 'poster', poster: 'A1', sheet: 'A3' }, sheet: 0 },
];

export type Truth = {
  readonly seed: number;
  readonly spec: PrintoutSpec;
  readonly sheet: number;
  readonly language: Language;
  readonly photo: { readonly width: number; readonly height: number; readonly file: string };
  readonly tilt: number;
  readonly roll: number;
  readonly blur: number;
  readonly pageToPhoto: readonly number[];
  /** The sheet's markers and whether a note lies over one. */
  readonly markers: readonly { readonly id: number; readonly corner: string; readonly covered: boolean }[];
  readonly notes: readonly (TruthNote & { readonly photo: readonly { x: number; y: number }[] })[];
};

const fontsPromise = loadFonts();

function emptyBoard(language: Language) {
  return { title: 'Avaa', language, date: '2026-12-06', boardLabel: 'Yhteinen taulukko', cells: {}, paths: [] };
}

async function printout(spec: PrintoutSpec, language: Language, link?: string): Promise<Uint8Array> {
  const fonts = await fontsPromise;
  const url = link ?? 'https://avaa.example/w/ohjaamo-demo';
  if (spec.kind === 'blank') return renderBlankTemplate({ language, paper: spec.paper, url }, fonts);
  // biome-ignore lint/suspicious/noExplicitAny: an empty board is all a printout needs here
  const board = emptyBoard(language) as any;
  if (spec.kind === 'table') return renderTable(board, { paper: spec.paper }, fonts);
  return renderPoster(board, { poster: spec.poster, sheet: spec.sheet }, fonts);
}

/** The sheet as pdftoppm renders it, its longest side about 3600 px (the photo's detail, no more). */
function rasterise(pdf: Uint8Array, sheet: number, longSideMm: number, dir: string): { file: string; dpi: number } {
  const dpi = Math.round((3600 / longSideMm) * 25.4);
  const path = join(dir, 'printout.pdf');
  writeFileSync(path, pdf);
  const page = String(sheet + 1);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    page,
    '-l',
    page,
    '-singlefile',
    '-png',
    path,
    join(dir, 'sheet'),
  ]);
  return { file: join(dir, 'sheet.png'), dpi };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The notes as SVG over the sheet (viewBox in mm): paper, a soft shadow, the words in a hand. */
function notesSvg(notes: readonly TruthNote[], page: { width: number; height: number }, px: { w: number; h: number }) {
  const shapes = notes.map((note) => {
    const points = note.page.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`).join(' ');
    const shadow = note.page.map((p) => `${(p.x + 0.6).toFixed(2)},${(p.y + 0.8).toFixed(2)}`).join(' ');
    const [a, b] = note.page as [{ x: number; y: number }, { x: number; y: number }];
    const side = Math.hypot(b.x - a.x, b.y - a.y);
    const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
    const cx = note.page.reduce((s, p) => s + p.x, 0) / 4;
    const cy = note.page.reduce((s, p) => s + p.y, 0) / 4;
    const size = side / 7;
    const words = note.text.split(' ');
    const text = words
      // Baselines set by hand: librsvg places the hand fonts' "middle" far off.
      .map(
        (w, i) =>
          `<tspan x="0" y="${((i - (words.length - 1) / 2) * size * 1.15 + size * 0.35).toFixed(2)}">${escapeXml(w)}</tspan>`,
      )
      .join('');
    return `<polygon points="${shadow}" fill="#000" fill-opacity="0.18"/><polygon points="${points}" fill="${PAPER_COLOURS[note.colour]}"/><text transform="translate(${cx.toFixed(2)},${cy.toFixed(2)}) rotate(${angle.toFixed(1)})" font-family="${note.font}" font-size="${size.toFixed(2)}" fill="#1c2a5a" text-anchor="middle">${text}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px.w}" height="${px.h}" viewBox="0 0 ${page.width} ${page.height}">${shapes.join('')}</svg>`;
}

/**
 * One table of the set: a printout with 10-60 paper notes in 4-6 colours, photographed.
 * Deterministic by seed. `retake` n > 0 photographs the same table again from elsewhere (its own
 * camera, light and blur), as a second photo of one wall: `photo-<seed>-<n>.jpg`. `link`: what a
 * blank template's QR code carries (a made-up participant link by default).
 */
export async function generatePhoto(
  seed: number,
  outDir: string,
  { retake = 0, link }: { retake?: number; link?: string } = {},
): Promise<Truth> {
  const r = random(seed);
  const { spec, sheet } = PRINTOUTS[seed % PRINTOUTS.length]!;
  const language: Language = seed % 2 === 0 ? 'fi' : 'sv';
  const layout = printoutLayout(spec).sheets[sheet]!;
  const work = mkdtempSync(join(tmpdir(), 'avaa-photo-'));
  const { file } = rasterise(
    await printout(spec, language, link),
    sheet,
    Math.max(layout.page.width, layout.page.height),
    work,
  );
  const colourCount = 4 + Math.floor(r() * 3);
  const colours = [...(Object.keys(PAPER_COLOURS) as PaperColour[])].sort(() => r() - 0.5).slice(0, colourCount);
  // A poster sheet is a sixth to an eighteenth of the table: 10-30 notes, the whole table's share and more.
  const count = 10 + Math.floor(r() * (spec.kind === 'poster' ? 21 : 51));
  // One table in four has a note stuck over one of its corner markers.
  const careless = r() < 0.25 ? layout.markers[Math.floor(r() * 4)] : undefined;
  const notes = stickNotes(layout, count, colours, HAND_FONTS, r, careless);
  const meta = await sharp(file).metadata();
  const px = { w: meta.width, h: meta.height };
  const overlay = Buffer.from(notesSvg(notes, layout.page, px));
  const stuck = await sharp(file)
    .composite([{ input: overlay }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // The rendered sheet (tens of MB at this size) is not kept.
  rmSync(work, { recursive: true, force: true });
  const camera = retake === 0 ? r : random(seed * 1000 + retake);
  const shot: Shot = shoot(layout.page, camera);
  const photo = develop(
    { width: stuck.info.width, height: stuck.info.height, data: stuck.data },
    layout.page.width / stuck.info.width,
    shot,
    camera,
  );
  const blur = 0.4 + camera() * 1.6;
  const name = `photo-${String(seed).padStart(3, '0')}${retake === 0 ? '' : `-${retake}`}.jpg`;
  mkdirSync(outDir, { recursive: true });
  await sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: 3 } })
    .blur(blur)
    .jpeg({ quality: 60 })
    .toFile(join(outDir, name));
  const truth: Truth = {
    seed,
    spec,
    sheet,
    language,
    photo: { width: photo.width, height: photo.height, file: name },
    tilt: shot.tilt,
    roll: shot.roll,
    blur,
    pageToPhoto: shot.pageToPhoto,
    markers: layout.markers.map((m) => ({ id: m.id, corner: m.corner, covered: markerCovered(m, notes) })),
    notes: notes.map((n) => ({ ...n, photo: n.page.map((p) => project(shot.pageToPhoto, p)) })),
  };
  writeFileSync(join(outDir, name.replace('.jpg', '.json')), `${JSON.stringify(truth, null, 1)}\n`);
  return truth;
}

export function readTruth(dir: string, seed: number): Truth {
  return JSON.parse(readFileSync(join(dir, `photo-${String(seed).padStart(3, '0')}.json`), 'utf8')) as Truth;
}

/** The seeds of the set the tests and the benchmark generate: 21 tables, three of each printout. */
export const SET_SEEDS: readonly number[] = Array.from({ length: 21 }, (_, i) => i + 1);
