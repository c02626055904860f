/** What the orchestrator (load.ts) and the generator workers (worker.ts) say to each other. */

/** One board to drive: its socket base URL, room name and one token per simulated person. */
export type RoomPlan = {
  readonly url: string;
  readonly room: string;
  readonly people: readonly { readonly token: string; readonly person: string }[];
  /** For the reference server, which seeds nothing: the seed every client applies locally. */
  readonly seedLocally: boolean;
};

/**
 * `mix`: typing bursts, drags and presence (see behaviour.ts). `presence`: presence only (editing
 * on/off and drags' pointer positions, no document changes). `idle`: connected, nothing sent.
 */
export type Profile = 'mix' | 'presence' | 'idle';

export type WorkerConfig = {
  readonly rooms: readonly RoomPlan[];
  readonly profile: Profile;
  readonly dragHz: number;
  /** Each client starts acting after a random delay up to this, so rooms do not act in step. */
  readonly startSpreadMs: number;
  /** Pause between one person's actions, ms (uniform between the two). */
  readonly pauseMs: readonly [number, number];
};

export type ToWorker =
  | { readonly type: 'start'; readonly config: WorkerConfig }
  | { readonly type: 'measure' }
  | { readonly type: 'report' }
  | { readonly type: 'leave' };

/** Counters over the measuring window, summed over the worker's clients. */
export type WorkerReport = {
  readonly clients: number;
  /** Latency histogram: `buckets[i]` counts samples in [i, i+1) x BUCKET_MS; longer ones in `overflow`. */
  readonly buckets: number[];
  readonly overflow: number[];
  readonly expected: number;
  readonly edits: number;
  readonly moves: number;
  readonly presenceSent: number;
  readonly messagesIn: number;
  readonly bytesIn: number;
  readonly messagesOut: number;
  readonly bytesOut: number;
  readonly closes: Record<string, number>;
  /** The generator's own event-loop delay p99 (ms): high means the generator, not the server, lagged. */
  readonly loopDelayP99Ms: number;
  readonly seconds: number;
};

export type FromWorker =
  | { readonly type: 'connected'; readonly failed: number }
  | { readonly type: 'report'; readonly report: WorkerReport }
  | { readonly type: 'left' };

export const BUCKET_MS = 0.1;
export const BUCKETS = 20_000;
