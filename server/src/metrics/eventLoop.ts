import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, type Registry } from 'prom-client';

/** How finely the event loop's delay is sampled (ms): Node's default. */
const RESOLUTION_MS = 10;

/**
 * The event loop's delay (Node's `monitorEventLoopDelay`): how late timers and I/O callbacks
 * ran, which is how late every socket's frames were handled. Reported as p50, p90, p99 and max
 * over the time since the previous scrape (then reset), so a spike shows in the next scrape
 * rather than vanishing into a mean since start. Our own rather than prom-client's default
 * metrics: those add a GC observer per registry that is never removed (tests start many servers).
 */
export function watchEventLoop(registers: Registry[]): { stop(): void } {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  new Gauge({
    name: 'avaa_event_loop_delay_seconds',
    help: 'Event loop delay since the previous scrape, by statistic (p50, p90, p99, max)',
    labelNames: ['stat'],
    registers,
    collect() {
      // Before anything was sampled the histogram reports NaN and huge sentinels: say 0.
      const seconds = (nanoseconds: number) => (delay.count > 0 ? nanoseconds / 1e9 : 0);
      this.set({ stat: 'p50' }, seconds(delay.percentile(50)));
      this.set({ stat: 'p90' }, seconds(delay.percentile(90)));
      this.set({ stat: 'p99' }, seconds(delay.percentile(99)));
      this.set({ stat: 'max' }, seconds(delay.max));
      delay.reset();
    },
  });
  new Gauge({
    name: 'avaa_process_resident_memory_bytes',
    help: 'Resident memory of the server process',
    registers,
    collect() {
      this.set(process.memoryUsage.rss());
    },
  });
  new Counter({
    name: 'avaa_process_cpu_seconds_total',
    help: 'CPU time (user and system) the server process used since it started',
    registers,
    collect() {
      const { user, system } = process.cpuUsage();
      this.reset();
      this.inc((user + system) / 1e6);
    },
  });
  return { stop: () => delay.disable() };
}
