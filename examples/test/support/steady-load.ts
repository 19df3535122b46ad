import * as Aerospike from 'aerospike';

/** One command's outcome: when it ended (ms since the load started) and its code (0 = ok). */
export interface Outcome {
  atMs: number;
  code: number;
  worker: number;
}

/** Successes and failures by code in one interval of the run. */
export interface Bucket {
  fromMs: number;
  ok: number;
  errors: Record<string, number>;
}

/**
 * A steady read/write load on `keys`: `workers` loops, each alternating a get and a put of a
 * random key, as fast as the cluster answers. Every outcome is kept with its time.
 */
export class SteadyLoad {
  readonly outcomes: Outcome[] = [];
  private readonly started = Date.now();
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(
    private readonly client: Aerospike.Client,
    private readonly keys: readonly Aerospike.Key[],
    workers = 8,
  ) {
    this.loops = Array.from({ length: workers }, (_, worker) => this.loop(worker));
  }

  /** Milliseconds since the load started. */
  now(): number {
    return Date.now() - this.started;
  }

  /** Stops the loops and waits until every command in flight has ended. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Outcomes in intervals of `bucketMs`, from the start to the last outcome. */
  buckets(bucketMs = 1000): Bucket[] {
    // A loop, not Math.max(...): a run has more outcomes than a call has arguments.
    const last = this.outcomes.reduce((max, outcome) => Math.max(max, outcome.atMs), 0);
    const buckets: Bucket[] = Array.from({ length: Math.floor(last / bucketMs) + 1 }, (_, i) => ({
      fromMs: i * bucketMs,
      ok: 0,
      errors: {},
    }));
    for (const { atMs, code } of this.outcomes) {
      const bucket = buckets[Math.floor(atMs / bucketMs)]!;
      if (code === 0) bucket.ok += 1;
      else bucket.errors[code] = (bucket.errors[code] ?? 0) + 1;
    }
    return buckets;
  }

  private async loop(worker: number): Promise<void> {
    for (let i = 0; this.running; i += 1) {
      const key = this.keys[Math.floor(Math.random() * this.keys.length)]!;
      let code = 0;
      try {
        if (i % 2 === 0) await this.client.get(key);
        else await this.client.put(key, { value: i });
      } catch (error) {
        if (!(error instanceof Aerospike.AerospikeError)) throw error;
        code = Number(error.code);
        // A failed command returns at once; a short pause keeps a dead node from
        // turning the loop into a busy spin that starves the rest of the test.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      this.outcomes.push({ atMs: this.now(), code, worker });
    }
  }
}
