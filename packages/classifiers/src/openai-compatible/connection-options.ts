import { z } from 'zod';

const headersSchema = z.record(z.string(), z.string());
const fetchSchema = z.custom<typeof globalThis.fetch>((value) => typeof value === 'function', 'must be a fetch function');

/**
 * The zod shape of the options every OpenAI-compatible backend shares; each factory spreads it into its own
 * strict schema, so one option is documented and validated once.
 */
export const connectionOptionsShape = {
  /** The API root, ending in `/v1` for most servers, e.g. `http://127.0.0.1:11434/v1` (Ollama). */
  baseURL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** The model name (Azure: the deployment's model). */
  model: z.string().min(1),
  /** @default process.env.OPENAI_API_KEY, only when `baseURL` is api.openai.com */
  apiKey: z.string().min(1).optional(),
  /** How the key is sent: `bearer` (`Authorization: Bearer …`, OpenAI and most servers) or `api-key` (Azure OpenAI). @default 'bearer' */
  auth: z.enum(['bearer', 'api-key']).optional(),
  /** Azure OpenAI's `api-version` query parameter, e.g. `2024-10-21`. */
  apiVersion: z.string().min(1).optional(),
  /** Extra headers sent with every request (e.g. `OpenAI-Organization`). */
  headers: headersSchema.optional(),
  /** A fetch implementation (a proxy agent, a test double). @default globalThis.fetch */
  fetch: fetchSchema.optional(),
  /** Milliseconds to wait for each attempt's response. */
  timeoutMs: z.number().int().min(1).max(600_000).optional(),
  /** Retries after 429, 408 and 5xx answers and network failures (each honouring `Retry-After`). @default 2 */
  maxRetries: z.number().int().min(0).max(10).optional(),
  /** The longest `Retry-After` honoured; a longer one fails at once with `retryAfterMs` set. @default 60000 */
  maxRetryAfterMs: z.number().int().min(0).max(3_600_000).optional(),
} as const;

/** The connection options of an OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio, llama.cpp). */
export interface ConnectionOptions {
  /** The API root, ending in `/v1` for most servers, e.g. `http://127.0.0.1:11434/v1` (Ollama). Azure: `https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT`. */
  readonly baseURL: string;
  /** The model name, e.g. `text-embedding-3-small`, `nomic-embed-text`, `gpt-4o-mini`, `qwen2.5:7b`. */
  readonly model: string;
  /** The API key. @default process.env.OPENAI_API_KEY, only when `baseURL` is api.openai.com (a key is never sent to another host by default) */
  readonly apiKey?: string;
  /** How the key is sent: `bearer` (`Authorization: Bearer …`) or `api-key` (Azure OpenAI's header). @default 'bearer' */
  readonly auth?: 'bearer' | 'api-key';
  /** Azure OpenAI's `api-version` query parameter, e.g. `2024-10-21`. */
  readonly apiVersion?: string;
  /** Extra headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A fetch implementation (a proxy agent, for instance). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for each attempt's response. */
  readonly timeoutMs?: number;
  /** Retries after 429, 408 and 5xx answers and network failures, honouring `Retry-After`. @default 2 */
  readonly maxRetries?: number;
  /** The longest `Retry-After` honoured; a longer one fails at once with `retryAfterMs` set. @default 60000 */
  readonly maxRetryAfterMs?: number;
}
