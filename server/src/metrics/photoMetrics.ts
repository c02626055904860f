import { Counter, Histogram, type Registry } from 'prom-client';

/** What became of a photo: read (`ok`), or the API error it was answered (photo/detect.ts PhotoFailure). */
export type PhotoOutcome = string;

/** Seconds: a small photo in a fraction of a second, a 12-megapixel one in a few, the time limit at 20. */
const PHOTO_BUCKETS = [0.25, 0.5, 1, 2, 3, 4, 5, 7.5, 10, 15, 20, 30];
const NOTE_BUCKETS = [0, 1, 5, 10, 20, 30, 40, 60, 80, 120];

/**
 * Paper to table: `avaa_photo_seconds` (each photo's time in the pool, queue included, by
 * outcome), `avaa_photos_total` (by outcome) and `avaa_photo_notes` (notes found on a read photo).
 */
export function photoMetrics(registers: Registry[]): (outcome: PhotoOutcome, ms: number, notes: number) => void {
  const seconds = new Histogram({
    name: 'avaa_photo_seconds',
    help: 'Photos of paper tables from arrival in the photo pool to answer, by outcome',
    labelNames: ['outcome'],
    buckets: PHOTO_BUCKETS,
    registers,
  });
  const total = new Counter({
    name: 'avaa_photos_total',
    help: 'Photos of paper tables posted, by outcome (ok or the API error answered)',
    labelNames: ['outcome'],
    registers,
  });
  const notes = new Histogram({
    name: 'avaa_photo_notes',
    help: 'Paper notes found on a photo read',
    buckets: NOTE_BUCKETS,
    registers,
  });
  return (outcome, ms, found) => {
    seconds.labels(outcome).observe(ms / 1000);
    total.labels(outcome).inc();
    if (outcome === 'ok') notes.observe(found);
  };
}
