import { Histogram, type Registry } from 'prom-client';

type Exposed = Awaited<ReturnType<Histogram['get']>>;

/**
 * A histogram for the sync path: `record` adds to a typed array (no allocation, no label lookup),
 * and the Prometheus lines are built at scrape time. prom-client's own `observe` allocates a
 * closure and label objects per call (tens of times the cost of a record here, bench/metrics.ts),
 * once per applied update or per room's commit. Written exactly as prom-client writes its
 * histograms (`_bucket{le}` cumulative, `_sum`, `_count`), with fixed labels on every line.
 */
export class BucketHistogram extends Histogram {
  readonly #name: string;
  readonly #help: string;
  readonly #bounds: readonly number[];
  readonly #labels: Readonly<Record<string, string>>;
  /** Observations per bucket, not cumulative; the last one is past every bound (+Inf). */
  readonly #counts: Float64Array;
  #sum = 0;
  #count = 0;

  constructor(options: {
    readonly name: string;
    readonly help: string;
    readonly buckets: readonly number[];
    readonly labels?: Readonly<Record<string, string>>;
    readonly registers: Registry[];
  }) {
    super({ name: options.name, help: options.help, buckets: [...options.buckets], registers: options.registers });
    this.#name = options.name;
    this.#help = options.help;
    this.#bounds = options.buckets;
    this.#labels = options.labels ?? {};
    this.#counts = new Float64Array(options.buckets.length + 1);
  }

  record(value: number): void {
    const bounds = this.#bounds;
    let bucket = 0;
    while (bucket < bounds.length && value > (bounds[bucket] as number)) bucket++;
    this.#counts[bucket] = (this.#counts[bucket] as number) + 1;
    this.#sum += value;
    this.#count += 1;
  }

  override get(): Promise<Exposed> {
    return this.getForPromString();
  }

  /** What prom-client's registry reads to write the text format (an untyped method of Histogram). */
  async getForPromString(): Promise<Exposed> {
    const labels = this.#labels;
    const values: Exposed['values'] = [];
    let cumulative = 0;
    for (let bucket = 0; bucket <= this.#bounds.length; bucket++) {
      cumulative += this.#counts[bucket] as number;
      const le = bucket < this.#bounds.length ? (this.#bounds[bucket] as number) : '+Inf';
      values.push({ labels: { ...labels, le }, value: cumulative, metricName: `${this.#name}_bucket` });
    }
    values.push({ labels: { ...labels }, value: this.#sum, metricName: `${this.#name}_sum` });
    values.push({ labels: { ...labels }, value: this.#count, metricName: `${this.#name}_count` });
    // prom-client's types say an enum here; what it reads and writes is the type's name.
    const type = 'histogram' as unknown as Exposed['type'];
    return { name: this.#name, help: this.#help, type, aggregator: 'sum', values, collect: () => {} };
  }
}
