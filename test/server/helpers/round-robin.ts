import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  url: string;
  /** Which upstream (0, 1, …) answered each request so far, in order. */
  served: number[];
  close(): Promise<void>;
}

/**
 * A small load balancer: each request goes to the next upstream in turn, as it came (method,
 * raw path, headers, body streamed). Its URL is known before the upstreams start, so they can
 * be given it as their public URL.
 */
export async function roundRobin(): Promise<RoundRobin & { setUpstreams(urls: string[]): void }> {
  let upstreams: URL[] = [];
  let next = 0;
  const served: number[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const index = next++ % upstreams.length;
    const upstream = upstreams[index];
    if (!upstream) {
      outgoing.writeHead(502).end();
      return;
    }
    served.push(index);
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    setUpstreams(urls) {
      upstreams = urls.map((url) => new URL(url));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
