import net from 'node:net';

/**
 * A TCP proxy between the real client and the real server that injects faults into data
 * commands only. Aerospike frames every message with an 8-byte header (version, type, 48-bit
 * length); type 1 is an info request (the client's cluster tending), type 3 a command. Tending
 * always passes, so the client keeps seeing a healthy node while its commands fail.
 */
export type Fault =
  /** Forward the command untouched: queued before a fault, it lets that fault hit a later command. */
  | 'pass'
  /** Close the connection without forwarding the command: the request never reached the server. */
  | 'drop'
  /** Forward the command, then close the connection before the answer returns: the outcome is unknown. */
  | 'drop-after-send'
  /** Swallow the command: the client hears nothing and times out. */
  | 'blackhole';

const HEADER = 8;
const INFO = 1;

export class FaultProxy {
  /** Commands (not info requests) that reached the proxy, faulted or not. */
  commandsSeen = 0;
  private readonly queue: Fault[] = [];
  private readonly sockets = new Set<net.Socket>();
  private server?: net.Server;
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
    /** Delay added before each forwarded command, in ms (slow server). */
    public delayMs = 0,
  ) {}

  /** `host:port` for the client's `hosts` setting. */
  get hosts(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Applies `fault` to each of the next `count` commands, in order. */
  failNext(count: number, fault: Fault = 'drop'): this {
    for (let i = 0; i < count; i += 1) this.queue.push(fault);
    return this;
  }

  /** Stops injecting: later commands pass untouched. */
  heal(): this {
    this.queue.length = 0;
    this.delayMs = 0;
    return this;
  }

  async start(): Promise<this> {
    this.server = net.createServer((client) => this.pipe(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    return socket;
  }

  private pipe(client: net.Socket): void {
    this.track(client);
    const upstream = this.track(net.connect(this.target));
    upstream.on('data', (chunk) => client.write(chunk));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());

    let pending = Buffer.alloc(0);
    let chain = Promise.resolve();
    client.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= HEADER) {
        const size = pending.readUIntBE(2, 6);
        if (pending.length < HEADER + size) break;
        const frame = pending.subarray(0, HEADER + size);
        pending = pending.subarray(HEADER + size);
        const isCommand = frame.readUInt8(1) !== INFO;
        // Frames are handled one after another so a delayed command cannot be overtaken.
        chain = chain.then(() => this.forward(frame, isCommand, client, upstream));
      }
    });
  }

  private async forward(
    frame: Buffer,
    isCommand: boolean,
    client: net.Socket,
    upstream: net.Socket,
  ): Promise<void> {
    if (!isCommand) {
      upstream.write(frame);
      return;
    }
    this.commandsSeen += 1;
    const fault = this.queue.shift();
    if (fault === 'drop') {
      client.destroy();
      return;
    }
    if (fault === 'blackhole') return;
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (upstream.destroyed) return;
    if (fault === 'drop-after-send') {
      // Let the server apply the command, but never let its answer reach the client: cut the
      // client off when the answer arrives, which proves the server has the command (a fixed
      // delay lost the command itself when connecting upstream was slow).
      upstream.removeAllListeners('data');
      upstream.once('data', () => client.destroy());
    }
    upstream.write(frame);
  }
}
