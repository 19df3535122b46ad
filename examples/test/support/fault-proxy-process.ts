// Runs a FaultProxy in its own process. It cannot live in the test process: the client's
// connect() blocks the JavaScript thread while it seeds the cluster, so a proxy on that same
// thread would never accept the connection it is waiting for.
import { FaultProxy, type Fault } from './fault-proxy';

export type ProxyRequest =
  | { id: number; op: 'failNext'; count: number; fault: Fault }
  | { id: number; op: 'delay'; ms: number }
  | { id: number; op: 'heal' }
  | { id: number; op: 'stats' };

export interface ProxyReply {
  id: number;
  commandsSeen: number;
}

const [host, port] = [process.env.PROXY_TARGET_HOST!, Number(process.env.PROXY_TARGET_PORT)];

void new FaultProxy({ host, port }).start().then((proxy) => {
  process.send!({ ready: proxy.port });
  process.on('message', (request: ProxyRequest) => {
    if (request.op === 'failNext') proxy.failNext(request.count, request.fault);
    if (request.op === 'delay') proxy.delayMs = request.ms;
    if (request.op === 'heal') proxy.heal();
    const reply: ProxyReply = { id: request.id, commandsSeen: proxy.commandsSeen };
    process.send!(reply);
  });
  process.on('disconnect', () => void proxy.stop().then(() => process.exit(0)));
});
