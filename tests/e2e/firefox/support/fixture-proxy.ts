/**
 * The offline www.youtube.com for Firefox: an HTTP proxy on 127.0.0.1 that Firefox uses
 * for every request (network.proxy.* prefs). A CONNECT to one of YouTube's hosts is
 * answered "200" and the tunnel is handed, in process, to a TLS server holding a
 * self-signed certificate for those hosts, whose requests the shared fixture responder
 * answers. Every other destination is refused, so the browser is offline like a plane:
 * nothing leaves the machine, and i.ytimg.com thumbnails fail as they would.
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { respondToYouTube } from '../../../fixtures/youtube/fake-youtube';
import { isYouTubeHost } from '../../../../youtube/hosts';
import { makeSelfSignedCert } from './tls';

export interface FixtureProxy {
  port: number;
  /** Every URL the fixture answered, in order (for diagnosing a failing test). */
  served: string[];
  /** Every destination that was refused (host:port or absolute URL). */
  refused: string[];
  close(): Promise<void>;
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

export async function startFixtureProxy(): Promise<FixtureProxy> {
  const served: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket | Duplex>();
  const track = (socket: Socket | Duplex) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'www.youtube.com'}`);
    served.push(url.href);
    const fixture = respondToYouTube(url, flatHeaders(request.headers));
    response.writeHead(fixture.status, fixture.headers);
    response.end(request.method === 'HEAD' ? undefined : fixture.body);
  };
  const tls = createHttpsServer(makeSelfSignedCert(), answer);
  tls.on('tlsClientError', () => undefined);

  const proxy: Server = createHttpServer((request, response) => {
    // A plain-HTTP request through the proxy (absolute URL): nothing is served over http.
    refused.push(request.url ?? '');
    response.writeHead(502, { 'content-type': 'text/plain' }).end('offline test proxy: http is not served');
  });
  proxy.on('connection', track);
  proxy.on('connect', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    track(socket);
    socket.on('error', () => undefined);
    const [host = '', port = '443'] = (request.url ?? '').split(':');
    if (!isYouTubeHost(host) || port !== '443') {
      refused.push(request.url ?? '');
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    served,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        tls.close();
        proxy.close(() => resolve());
      }),
  };
}
