import type { ServerResponse } from 'node:http';
import type { RecordedRequest } from './marketplace-test-server.js';
import { sendJson } from './marketplace-test-server.js';

/** A scripted answer that replaces the protocol's normal one for the next matching request. */
export interface ScriptedFault {
  /** Which requests it applies to; absent means the next request, whatever it is. */
  readonly match?: (request: RecordedRequest) => boolean;
  readonly status: number;
  /** A JSON value, or a raw string (to send malformed JSON). */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Apply the request's normal effect (e.g. post the message) before answering with the fault: "done, but said 500". */
  readonly afterEffect?: boolean;
}

/** A queue of faults a protocol server plays before its normal answers. */
export interface FaultQueue {
  readonly faults: ScriptedFault[];
  /** Takes the first fault matching `request`, if any. */
  take(request: RecordedRequest): ScriptedFault | undefined;
  /** Writes a fault's answer. */
  send(response: ServerResponse, fault: ScriptedFault): void;
}

/**
 * Creates a fault queue for a test server: push faults, and the server answers the next matching requests with
 * them (5xx bursts, 429 with `Retry-After`, malformed JSON, 401s…).
 * @example
 * const queue = createFaultQueue();
 * queue.faults.push({ status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '1' } });
 */
export function createFaultQueue(): FaultQueue {
  const faults: ScriptedFault[] = [];
  return {
    faults,
    take(request) {
      const index = faults.findIndex((fault) => !fault.match || fault.match(request));
      return index >= 0 ? faults.splice(index, 1)[0] : undefined;
    },
    send(response, fault) {
      if (typeof fault.body === 'string') {
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        response.end(fault.body);
      } else {
        sendJson(response, fault.status, fault.body, fault.headers);
      }
    },
  };
}
