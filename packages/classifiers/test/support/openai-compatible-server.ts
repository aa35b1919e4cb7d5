// A local HTTP server on 127.0.0.1 that speaks the OpenAI-compatible protocol (`POST /v1/embeddings`,
// `POST /v1/chat/completions`), for tests and the cascade benchmark: real HTTP, scripted faults, every request
// recorded. What it answers is decided by the functions it is given (a hashing embedder, a k-NN "model").
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  readonly body: unknown;
}

/** A scripted misbehaviour, used by the next request (in order). */
export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string; readonly body?: string }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'body'; readonly body: string; readonly status?: number };

/** A chat request as a model would read it. */
export interface ChatRequestView {
  readonly model: string;
  readonly system: string;
  readonly user: string;
  readonly responseFormat: unknown;
  readonly body: Readonly<Record<string, unknown>>;
}

/** What the chat handler answers: the assistant's text, with usage (null: report none). */
export type ChatAnswer = string | { readonly content: string; readonly usage?: { readonly prompt_tokens: number; readonly completion_tokens: number; readonly total_tokens: number } | null };

export interface OpenAICompatibleServerOptions {
  readonly embed?: (inputs: readonly string[]) => Promise<readonly (readonly number[])[]> | readonly (readonly number[])[];
  readonly chat?: (request: ChatRequestView) => Promise<ChatAnswer> | ChatAnswer;
  /** When set, requests must carry it (`Authorization: Bearer` or `api-key`), else 401 echoing what was sent. */
  readonly apiKey?: string;
  /** Answer embeddings in reverse order (clients must order by `index`). @default true */
  readonly reverseEmbeddings?: boolean;
  /** Answer with a 400 to any chat request asking for `response_format` (a server without structured output). */
  readonly rejectResponseFormat?: boolean;
}

export interface OpenAICompatibleServer {
  /** The API root, e.g. `http://127.0.0.1:40123/v1`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues faults for the next requests. */
  fail(...faults: Fault[]): void;
  /** The most requests that were being handled at once. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startOpenAICompatibleServer(options: OpenAICompatibleServerOptions): Promise<OpenAICompatibleServer> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Done once the answer is handed to the socket (before the client can read it and send its next request).
    let done = false;
    const finish = (): void => {
      if (!done) inFlight--;
      done = true;
    };
    response.on('finish', finish);
    response.on('close', finish);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        let body: unknown;
        try {
          body = raw ? (JSON.parse(raw) as unknown) : undefined;
        } catch {
          body = undefined;
        }
        requests.push({ method: request.method ?? 'GET', path: url.pathname, search: url.search, headers: request.headers, raw, body });
        const send = (status: number, payload: string, headers: Record<string, string> = {}): void => {
          if (response.destroyed) return;
          response.writeHead(status, { 'content-type': 'application/json', ...headers });
          response.end(payload);
        };
        const fault = faults.shift();
        if (fault?.kind === 'status') {
          send(fault.status, fault.body ?? JSON.stringify({ error: { message: `scripted ${fault.status}`, type: 'server_error' } }), fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
          return;
        }
        if (fault?.kind === 'body') {
          send(fault.status ?? 200, fault.body);
          return;
        }
        if (fault?.kind === 'delay') await sleep(fault.ms);
        if (options.apiKey !== undefined) {
          const given = request.headers['api-key'] ?? request.headers.authorization?.replace(/^Bearer /, '');
          if (given !== options.apiKey) {
            send(401, JSON.stringify({ error: { message: `Incorrect API key provided: ${String(given)}`, type: 'invalid_request_error' } }));
            return;
          }
        }
        const payload = (body ?? {}) as Record<string, unknown>;
        try {
          if (request.method === 'POST' && url.pathname.endsWith('/embeddings') && options.embed) {
            const input = payload['input'];
            const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input.map(String) : [];
            const vectors = await options.embed(inputs);
            const data = vectors.map((embedding, index) => ({ object: 'embedding', index, embedding }));
            if (options.reverseEmbeddings ?? true) data.reverse();
            send(200, JSON.stringify({ object: 'list', model: payload['model'], data, usage: { prompt_tokens: inputs.join(' ').length, total_tokens: inputs.join(' ').length } }));
            return;
          }
          if (request.method === 'POST' && url.pathname.endsWith('/chat/completions') && options.chat) {
            if (options.rejectResponseFormat && payload['response_format'] !== undefined) {
              send(400, JSON.stringify({ error: { message: "Unsupported parameter: 'response_format' is not supported by this model", type: 'invalid_request_error' } }));
              return;
            }
            const messages = Array.isArray(payload['messages']) ? (payload['messages'] as { role?: unknown; content?: unknown }[]) : [];
            const textOf = (role: string): string => messages.filter((message) => message.role === role).map((message) => String(message.content)).join('\n');
            const answer = await options.chat({ model: String(payload['model']), system: textOf('system'), user: textOf('user'), responseFormat: payload['response_format'], body: payload });
            const content = typeof answer === 'string' ? answer : answer.content;
            const usage = typeof answer === 'string' ? { prompt_tokens: Math.ceil(raw.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil(raw.length / 4) + Math.ceil(content.length / 4) } : answer.usage;
            send(200, JSON.stringify({ id: 'chatcmpl-local', object: 'chat.completion', model: payload['model'], choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], ...(usage ? { usage } : {}) }));
            return;
          }
          send(404, JSON.stringify({ error: { message: `no route ${request.method} ${url.pathname}` } }));
        } catch (error) {
          send(500, JSON.stringify({ error: { message: error instanceof Error ? error.message : 'handler failed' } }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    fail: (...added) => void faults.push(...added),
    get maxInFlight() {
      return maxInFlight;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
