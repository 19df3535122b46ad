// #region service
import * as Aerospike from 'aerospike';

/**
 * One client for the whole process: connected once at start, shared by every
 * request, and closed once at shutdown, after the work in flight has ended.
 */
export class AerospikeService {
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;

  private constructor(readonly client: Aerospike.Client) {}

  /** Connects, or fails having closed the client the failed connect made. */
  static async start(
    config: Aerospike.ConfigOptions,
  ): Promise<AerospikeService> {
    try {
      return new AerospikeService(await Aerospike.connect(config));
    } catch (error) {
      // A failed connect hands back its client: left open, it keeps the
      // process alive.
      if (error instanceof Aerospike.AerospikeError && error.client) {
        error.client.close();
      }
      throw error;
    }
  }

  /** Runs one piece of work with the shared client, unless shutting down. */
  run<T>(work: (client: Aerospike.Client) => Promise<T>): Promise<T> {
    if (this.stopping) {
      return Promise.reject(new Error('shutting down: no new work'));
    }
    const running = work(this.client);
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return running;
  }

  /** Takes no new work, lets the work in flight end, then closes. */
  async shutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.inFlight);
    this.client.close();
  }
}
// #endregion service
