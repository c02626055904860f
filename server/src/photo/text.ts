import { createRequire } from 'node:module';
import type { Language } from '@avaa/protocol';
import Tesseract from 'tesseract.js';
import type { PhotoPixels } from './pixels.ts';

const require = createRequire(import.meta.url);
const THREAD_SCRIPT = require.resolve('./tesseractThread.cjs');
/** The path tesseractThread.cjs maps to the language packages (never a URL, so never fetched). */
const LANG_PATH = 'avaa-tessdata';

/** What text recognition read on a note: '' where it is not sure enough, and how sure it is, 0 to 1. */
export type ReadText = { readonly text: string; readonly confidence: number };

/**
 * Below this confidence the text is answered '' (the confidence stays): a wrong guess typed into
 * the table costs more than an empty one the review's transcription queue asks for. On the
 * generated set's handwriting fonts (bench/photo), 0.7 kept half the texts read and most of those
 * exactly right; 0.5 kept twice as many, two thirds of them wrong.
 */
export const MIN_CONFIDENCE = 0.7;

/** The longer side a note is read at: handwriting on a 76 mm note is then 20-40 px high, what tesseract reads well. */
export const OCR_SIDE = 300;

/** The board's language first: tesseract's first language decides ties in its dictionaries. */
const LANGUAGE_ORDER: Record<Language, string> = { fi: 'fin+swe+eng', sv: 'swe+fin+eng', en: 'eng+fin+swe' };

type Engine = { readonly worker: Tesseract.Worker; languages: string };

/**
 * tesseract.js recognisers (WebAssembly engines, each in its own worker thread) kept between
 * photos: starting one and loading three languages takes about a second. Their language data
 * comes from the `@tesseract.js-data/{fin,swe,eng}` packages only (tesseractThread.cjs: no fetch,
 * no writes). Each engine reads one note at a time; `read` waits for a free one.
 */
export class TextReader {
  readonly #free: Engine[];
  readonly #all: readonly Engine[];
  readonly #waiting: ((engine: Engine) => void)[] = [];

  private constructor(engines: Engine[]) {
    this.#all = engines;
    this.#free = [...engines];
  }

  /** `engines`: notes read at once (each a thread and about 40 MB). */
  static async start(language: Language = 'fi', engines = 1): Promise<TextReader> {
    const languages = LANGUAGE_ORDER[language];
    const started = await Promise.all(Array.from({ length: engines }, () => startEngine(languages)));
    return new TextReader(started);
  }

  /** The text on a straightened note crop (cropNote's), read in the board's language first. */
  async read(crop: PhotoPixels, language: Language): Promise<ReadText> {
    const image = toPgm(inkOnPaper(crop));
    const engine = this.#free.pop() ?? (await new Promise<Engine>((resolve) => this.#waiting.push(resolve)));
    try {
      const languages = LANGUAGE_ORDER[language];
      if (languages !== engine.languages) {
        await engine.worker.reinitialize(languages);
        engine.languages = languages;
      }
      const { data } = await engine.worker.recognize(image);
      const confidence = Math.max(0, Math.min(1, data.confidence / 100));
      const text = tidy(data.text);
      return { text: confidence >= MIN_CONFIDENCE ? text : '', confidence: text === '' ? 0 : confidence };
    } finally {
      const next = this.#waiting.shift();
      if (next) next(engine);
      else this.#free.push(engine);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((engine) => engine.worker.terminate()));
  }
}

async function startEngine(languages: string): Promise<Engine> {
  let failure: unknown;
  const worker = await Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
    workerPath: THREAD_SCRIPT,
    langPath: LANG_PATH,
    gzip: true,
    cacheMethod: 'none',
    // Without a handler tesseract.js throws a failed job's error out of its message listener.
    errorHandler: (error: unknown) => {
      failure = error;
    },
  });
  if (failure) throw new Error(String(failure));
  // One block of a few handwritten lines. No second pass looking for light text on dark: notes
  // are dark on light (inkOnPaper), and the pass doubled the time of every unsure line.
  await worker.setParameters({
    tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK,
    user_defined_dpi: '150',
    tessedit_do_invert: '0',
  });
  return { worker, languages };
}

/** Lines kept, spaces within them collapsed, empty lines and stray edge marks dropped. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line))
    .join('\n');
}

/** The crop's inner part: its edge shows the note's border, shadow and the table around it. */
const MARGIN = 0.06;

/**
 * The crop as grey ink on white paper: each pixel's brightness against the note's own paper
 * colour (the crop's bright majority), so a pen on an orange note reads as on a white one, then
 * stretched so the darkest ink is black.
 */
export function inkOnPaper(crop: PhotoPixels): GreyPixels {
  const x0 = Math.round(crop.width * MARGIN);
  const y0 = Math.round(crop.height * MARGIN);
  const width = crop.width - 2 * x0;
  const height = crop.height - 2 * y0;
  const [pr = 255, pg = 255, pb = 255] = paperColour(crop, x0, y0, width, height);
  const grey = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = ((y0 + y) * crop.width + x0 + x) * 4;
      const r = crop.data[i]! / pr;
      const g = crop.data[i + 1]! / pg;
      const b = crop.data[i + 2]! / pb;
      grey[y * width + x] = 255 * Math.min(1, (r + g + b) / 3);
    }
  }
  stretch(grey);
  return { width, height, data: grey };
}

/** Each channel's 75th percentile over the window: notes are mostly paper. */
function paperColour(crop: PhotoPixels, x0: number, y0: number, width: number, height: number): number[] {
  const counts = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  for (let y = y0; y < y0 + height; y += 2) {
    for (let x = x0; x < x0 + width; x += 2) {
      const i = (y * crop.width + x) * 4;
      for (let c = 0; c < 3; c++) counts[c]![crop.data[i + c]!]! += 1;
    }
  }
  return counts.map((hist) => Math.max(1, percentile(hist, 0.75)));
}

function percentile(hist: Uint32Array, share: number): number {
  const total = hist.reduce((s, n) => s + n, 0);
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen >= total * share) return v;
  }
  return 255;
}

/** The darkest 1 % becomes black; paper stays white. */
function stretch(grey: Uint8ClampedArray): void {
  const hist = new Uint32Array(256);
  for (const v of grey) hist[v]! += 1;
  const dark = percentile(hist, 0.01);
  if (dark >= 200) return;
  const k = 255 / (255 - dark);
  for (let i = 0; i < grey.length; i++) grey[i] = (grey[i]! - dark) * k;
}

/** One byte a pixel, row by row. */
export type GreyPixels = { readonly width: number; readonly height: number; readonly data: Uint8ClampedArray };

/** A greyscale PGM file: leptonica reads it without a decoder's cost on either side. */
function toPgm(grey: GreyPixels): Buffer {
  const header = Buffer.from(`P5\n${grey.width} ${grey.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.byteLength)]);
}
