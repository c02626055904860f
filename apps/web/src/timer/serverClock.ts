import { createStore, fetchServerTime } from '@avaa/workshop-client';
import { useEffect } from 'react';
import { useReading } from '../client/useReading.ts';

/**
 * This browser's offset to the server's clock, so every screen counts the shared timer down
 * alike even when a laptop's clock is off by minutes. Estimated NTP-style from GET /api/time:
 * the server's time is taken to be the midpoint of the round trip, and the sample with the
 * shortest round trip wins (the least room for error). Without an answer the offset is 0.
 */
export type ClockSample = { readonly sentAt: number; readonly receivedAt: number; readonly serverNow: number };

export function sampleOffset(sample: ClockSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2;
}

export function bestOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt;
    if (roundTrip < 0) continue;
    if (best === null || roundTrip < best.receivedAt - best.sentAt) best = sample;
  }
  return best === null ? 0 : Math.round(sampleOffset(best));
}

/** Takes up to `count` samples one after the other; stops at the first failed request. */
export async function measureOffset(
  askServer: () => Promise<number | null>,
  now: () => number = Date.now,
  count = 3,
): Promise<number> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = now();
    const serverNow = await askServer();
    if (serverNow === null) break;
    samples.push({ sentAt, receivedAt: now(), serverNow });
  }
  return bestOffset(samples);
}

/** The server's clock in ms, or null when it cannot be asked. */
export async function askServerTime(): Promise<number | null> {
  const answer = await fetchServerTime('');
  return answer.ok ? answer.value.now : null;
}

// One clock per page: measured once, on first use, and shared by the timer bar and the projector.
const offset = createStore(0);
let measured = false;

/** The offset in ms to add to `Date.now()`; 0 until measured. */
export function useServerOffset(): number {
  useEffect(() => {
    if (measured) return;
    measured = true;
    void measureOffset(askServerTime).then(offset.set);
  }, []);
  return useReading(offset);
}

/** Now on the server's clock, as the timer operations expect it. */
export function serverNow(offsetMs: number): number {
  return Date.now() + offsetMs;
}
