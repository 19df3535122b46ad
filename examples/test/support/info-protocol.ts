import net from 'node:net';

/**
 * Sends one Aerospike info command over a raw socket. The harness uses it to wait for a server
 * it started: the client refuses to connect while the node is "not yet fully initialized",
 * but the info port answers `status` as soon as the node listens.
 */
export function infoRequest(host: string, port: number, command: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(`${command}\n`, 'utf8');
    const header = Buffer.alloc(8);
    header.writeUInt8(2, 0); // protocol version
    header.writeUInt8(1, 1); // message type: info
    header.writeUIntBE(body.length, 2, 6);

    const socket = net.connect({ host, port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`info ${command}: no answer in ${timeoutMs} ms`)),
    );
    socket.on('connect', () => socket.write(Buffer.concat([header, body])));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      if (all.length < 8) return;
      const size = all.readUIntBE(2, 6);
      if (all.length < 8 + size) return;
      socket.end();
      const text = all.subarray(8, 8 + size).toString('utf8');
      // Answer lines are "command\tvalue".
      resolve(text.trim().split('\t').slice(1).join('\t'));
    });
    socket.on('error', reject);
    // A node still starting may accept and close a connection without answering: no error and
    // no timeout follow a close, so without this the request would wait forever.
    socket.on('close', () => reject(new Error(`info ${command}: connection closed before an answer`)));
  });
}
