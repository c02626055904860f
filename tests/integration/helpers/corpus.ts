import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { awarenessFrame } from './frames.ts';

/** How the server must answer one corpus frame: close with a named code, or keep the socket open. */
export type Expectation = 'protocolError' | 'messageTooBig' | 'open' | 'any';

export type CorpusCase = {
  readonly file: string;
  readonly name: string;
  readonly expect: Expectation;
  /** The frame, given the client id of a live observer (for presence under someone else's id). */
  frame(observerId: number): Uint8Array;
};

type RawCase = {
  readonly name: string;
  readonly expect: Expectation;
  readonly hex?: string;
  /** Pad the frame with zero bytes to this length (oversized frames are not stored as such). */
  readonly padTo?: number;
  /** A key of generated.json (see corpus/generate.ts). */
  readonly generated?: string;
  readonly awarenessOfObserver?: { readonly clock: number; readonly state: unknown };
};

const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** Every case of tests/integration/corpus/*.json (generated.json holds bytes, not cases). */
export function loadCorpus(): CorpusCase[] {
  const generated = JSON.parse(readFileSync(`${CORPUS_DIR}generated.json`, 'utf8')) as Record<string, string>;
  const files = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.json') && file !== 'generated.json');
  return files.sort().flatMap((file) => {
    const { cases } = JSON.parse(readFileSync(`${CORPUS_DIR}${file}`, 'utf8')) as { cases: RawCase[] };
    return cases.map((raw) => ({ file, name: raw.name, expect: raw.expect, frame: framer(raw, generated) }));
  });
}

function framer(raw: RawCase, generated: Record<string, string>): (observerId: number) => Uint8Array {
  if (raw.awarenessOfObserver) {
    const { clock, state } = raw.awarenessOfObserver;
    return (observerId) => awarenessFrame(observerId, clock, state);
  }
  const hex = raw.generated === undefined ? raw.hex : generated[raw.generated];
  if (hex === undefined) throw new Error(`corpus case ${raw.name} has no bytes`);
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  const frame = new Uint8Array(Math.max(bytes.length, raw.padTo ?? 0));
  frame.set(bytes);
  return () => frame;
}
