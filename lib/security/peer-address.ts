import { Server, type IncomingMessage } from 'node:http';
import { PEER_HEADER } from './ip';

const installed = Symbol.for('grenzeloos.peerAddressHeader');

/**
 * Stamps the TCP peer's address on every incoming request as PEER_HEADER, overwriting anything a
 * client sent under that name, before Next.js sees the request. Next 16 passes neither the socket
 * nor its address to pages, actions, route handlers or proxy.ts (NextRequest.ip is gone), and it
 * fills X-Forwarded-For from the socket only when the client sent none, so without this a client
 * chooses its own address. Patched on http.Server's prototype from instrumentation.ts, which
 * Next.js runs once at start-up before serving; the patch is idempotent.
 */
export function installPeerAddressHeader(): void {
  const proto = Server.prototype as Server & { [installed]?: true };
  if (proto[installed]) return;
  const emit = proto.emit;
  proto.emit = function patchedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? '';
    }
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
  proto[installed] = true;
}
