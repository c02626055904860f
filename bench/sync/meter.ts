import { WebSocket } from 'ws';
import { BUCKET_MS, BUCKETS } from './loadTypes.ts';

/** Counts every frame and byte the worker's clients send and receive, and latency samples. */
export class Meter {
  messagesIn = 0;
  bytesIn = 0;
  messagesOut = 0;
  bytesOut = 0;
  edits = 0;
  moves = 0;
  presenceSent = 0;
  /** Receipts the edits sent should produce (one per other client of the room). */
  expected = 0;
  buckets: number[] = new Array(BUCKETS).fill(0);
  overflow: number[] = [];
  readonly closes: Record<string, number> = {};
  /** Start of the measuring window: edits sent before it are not sampled. */
  since = 0;

  sample(sentAt: number, receivedAt: number): void {
    if (sentAt < this.since) return;
    const ms = receivedAt - sentAt;
    const index = Math.floor(ms / BUCKET_MS);
    if (index < BUCKETS) this.buckets[index] = (this.buckets[index] ?? 0) + 1;
    else this.overflow.push(ms);
  }

  reset(): void {
    this.since = performance.now();
    this.messagesIn = 0;
    this.bytesIn = 0;
    this.messagesOut = 0;
    this.bytesOut = 0;
    this.edits = 0;
    this.moves = 0;
    this.presenceSent = 0;
    this.expected = 0;
    this.buckets = new Array(BUCKETS).fill(0);
    this.overflow = [];
  }
}

export const meter = new Meter();

/** The `ws` WebSocket y-websocket is given, counting frames both ways (what the server sees). */
export class CountingWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      meter.messagesIn += 1;
      meter.bytesIn += byteSize(data);
    });
    this.on('close', (code: number) => {
      meter.closes[code] = (meter.closes[code] ?? 0) + 1;
    });
    const send = this.send.bind(this) as (...args: unknown[]) => void;
    this.send = ((data: unknown, ...rest: unknown[]) => {
      meter.messagesOut += 1;
      meter.bytesOut += byteSize(data);
      send(data, ...rest);
    }) as WebSocket['send'];
  }
}

function byteSize(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, part: Buffer) => sum + part.byteLength, 0);
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
