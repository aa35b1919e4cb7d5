import { z } from 'zod';

/** Internal: the fields we read of getMessagingActionsForOrder (application/hal+json). */
export const messagingActionsResponseSchema = z.object({
  _links: z.object({ actions: z.array(z.object({ href: z.string(), name: z.string().nullish() })).nullish() }).nullish(),
  _embedded: z.object({ actions: z.array(z.object({ _links: z.object({ self: z.object({ href: z.string(), name: z.string().nullish() }).nullish() }).nullish() })).nullish() }).nullish(),
});

/** Internal: the fields we read of GetAttributes. */
export const attributesResponseSchema = z.object({ buyer: z.object({ locale: z.string().nullish() }).nullish() });

/** Internal: a created message (201) carries at most `errors`. */
export const createMessageResponseSchema = z.union([z.object({ errors: z.array(z.unknown()).nullish() }), z.undefined(), z.null()]);

/** Internal: the LWA token response. */
export const lwaTokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().nullish() });
