import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the test server received, body included. */
export interface RecordedRequest {
  readonly method: string;
  /** The full URL, on the server's own origin. */
  readonly url: URL;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The raw body, exactly as received. */
  readonly body: string;
}

/** Answers one request; throw to answer 500. */
export type TestServerHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

/** A local HTTP server speaking a marketplace's protocol for an adapter's tests. */
export interface MarketplaceTestServer {
  /** `http://127.0.0.1:<port>`: the adapter's base URL. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Replaces the handler (for one test's scenario). */
  setHandler(handler: TestServerHandler): void;
  close(): Promise<void>;
}

/**
 * Writes a JSON response.
 * @example
 * sendJson(response, 200, { code: 0, data: {} }, { 'x-request-id': 'abc' });
 */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/**
 * Starts a node:http server on 127.0.0.1 (a free port) that records every request and hands it to `handler`.
 * Adapters' tests point the adapter's base URL at it, so their real ky client, retries and signing run over real
 * HTTP; nothing leaves the machine.
 * @example
 * const server = await startMarketplaceTestServer((request, response) => sendJson(response, 200, { ok: true }));
 * const adapter = createAcmeAdapter({ baseUrl: server.url, ... });
 * afterAll(() => server.close());
 */
export async function startMarketplaceTestServer(handler: TestServerHandler): Promise<MarketplaceTestServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: incoming.method ?? 'GET',
        url,
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve()
        .then(() => current(recorded, response))
        .catch((error: unknown) => {
          if (!response.headersSent) sendJson(response, 500, { error: 'test_server_handler_failed', message: error instanceof Error ? error.message : String(error) });
          else response.destroy();
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setHandler(next) {
      current = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
