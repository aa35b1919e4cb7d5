const RELAY = /^[^\s@]+@marketplace\.amazon\.((?:[a-z]{2,3}\.)?[a-z]{2,3})$/i;

/**
 * Whether an address is an Amazon Buyer-Seller Messaging relay address (`…@marketplace.amazon.<tld>`), which
 * stands in for the buyer's real address and forwards mail both ways.
 * @example isRelayAddress('x7k2m9p4q1w8z3v@marketplace.amazon.de'); // true
 */
export function isRelayAddress(address: string): boolean {
  return RELAY.test(address.trim());
}

/** The Amazon site of a relay address, e.g. `amazon.co.jp`; undefined when it is not one. */
export function relaySite(address: string): string | undefined {
  const match = RELAY.exec(address.trim());
  return match ? `amazon.${match[1]!.toLowerCase()}` : undefined;
}
