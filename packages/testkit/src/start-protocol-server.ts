import { createFaultQueue } from './fault-queue.js';
import type { ScriptedFault } from './fault-queue.js';
import { sendJson, startMarketplaceTestServer, type MarketplaceTestServer, type RecordedRequest } from './marketplace-test-server.js';

/** Answers a request: a JSON value, or a raw string (to play malformed JSON). */
export type ProtocolReply = (status: number, body: unknown, headers?: Readonly<Record<string, string>>) => void;

/** A protocol server: the recording test server, the state you gave, and a fault queue played first. */
export type ProtocolServer<State extends object> = MarketplaceTestServer & State & { readonly faults: ScriptedFault[] };

/**
 * Starts a server speaking a marketplace's protocol: `route` answers each request through `reply`, reading and
 * changing `state` (merged into the returned server so tests can inspect and change it). Faults pushed to
 * `server.faults` are played first; one with `afterEffect` runs `route` with a silent `reply` (the effect
 * happens) and then answers with the fault.
 * @example
 * const server = await startProtocolServer({ accessToken: 't', sent: [] as string[] }, (request, reply, state) => {
 *   if (request.headers.authorization !== `Bearer ${state.accessToken}`) return reply(401, { error: 'unauthorized' });
 *   reply(200, { messages: [] });
 * });
 */
export async function startProtocolServer<State extends object>(
  state: State,
  route: (request: RecordedRequest, reply: ProtocolReply, server: ProtocolServer<State>) => void | Promise<void>,
): Promise<ProtocolServer<State>> {
  const queue = createFaultQueue();
  const base = await startMarketplaceTestServer(() => undefined);
  const server = Object.assign(base, state, { faults: queue.faults }) as ProtocolServer<State>;
  server.setHandler(async (request, response) => {
    const fault = queue.take(request);
    if (fault) {
      if (fault.afterEffect) await route(request, () => undefined, server);
      queue.send(response, fault);
      return;
    }
    await route(request, (status, body, headers) => sendJson(response, status, body, headers), server);
  });
  return server;
}
