import type { EntityCandidate } from './entity-candidate.js';

/**
 * Keeps one entity per span. Before the contest, a candidate that is not personal data gives way to a personal
 * one that covers it (the address "Calle 5 de Mayo 12" outranks the date inside it, so masking hides all of it),
 * and to a web address that covers it (an order number inside a link stays part of the link). Then the most
 * confident candidate wins, ties going to the longer span, then the earlier one; when personal data is blocked
 * by other personal data, a shorter reading of the blocker that leaves room is taken instead, so both get masked.
 * Linear in the text length plus the candidates' total length (occupied offsets are marked in an owner map).
 * @example resolveOverlaps([tiktokOrder, cardGuess], 64, new Set(['card_number'])) // the more confident one
 */
export function resolveOverlaps(candidates: readonly EntityCandidate[], textLength: number, piiTypes: ReadonlySet<string>): EntityCandidate[] {
  if (candidates.length <= 1) return [...candidates];
  const contenders = withoutCovered(candidates, piiTypes);
  contenders.sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // Shorter readings of the same entity (a phone without its last group), by type and start.
  const readings = new Map<string, EntityCandidate[]>();
  for (const candidate of contenders) {
    const key = `${candidate.type}@${candidate.start}`;
    const list = readings.get(key);
    if (list) list.push(candidate);
    else readings.set(key, [candidate]);
  }
  // owner[i] is 1 + the index in `kept` of the entity holding offset i, 0 when free.
  const owner = new Int32Array(textLength);
  const kept: (EntityCandidate | undefined)[] = [];
  const holders = (candidate: EntityCandidate): Set<number> => {
    const found = new Set<number>();
    for (let index = candidate.start; index < candidate.end; index++) if (owner[index]! > 0) found.add(owner[index]! - 1);
    return found;
  };
  const keep = (candidate: EntityCandidate, slot: number = kept.length): void => {
    kept[slot] = candidate;
    owner.fill(slot + 1, candidate.start, candidate.end);
  };
  for (const candidate of contenders) {
    const blocking = holders(candidate);
    if (blocking.size === 0) {
      keep(candidate);
      continue;
    }
    // Personal data blocked by one other piece of personal data: if a slightly less sure, shorter reading of
    // the blocker leaves room, take both, so neither goes unmasked (`+49 30 901820 4111 1111 1111 1111`).
    if (blocking.size !== 1 || !piiTypes.has(candidate.type)) continue;
    const slot = [...blocking][0]!;
    const blocker = kept[slot]!;
    if (!piiTypes.has(blocker.type)) continue;
    const alternative = readings.get(`${blocker.type}@${blocker.start}`)?.find((reading) =>
      reading !== blocker && reading.confidence >= blocker.confidence - 0.15 && (reading.end <= candidate.start || reading.start >= candidate.end) && reading.end <= blocker.end);
    if (!alternative) continue;
    owner.fill(0, blocker.start, blocker.end);
    keep(alternative, slot);
    keep(candidate);
  }
  return kept.filter((candidate): candidate is EntityCandidate => candidate !== undefined).sort((a, b) => a.start - b.start);
}

/**
 * Drops each non-personal candidate that a longer web address, or a longer and fairly sure (≥ 0.7) personal
 * candidate, covers. One sweep by start
 * offset, tracking the furthest end of the coverers seen so far.
 */
function withoutCovered(candidates: readonly EntityCandidate[], piiTypes: ReadonlySet<string>): EntityCandidate[] {
  // A doubtful guess (an 18-digit number that might be a card) covers nothing.
  const isCoverer = (candidate: EntityCandidate): boolean => candidate.type === 'url' || (piiTypes.has(candidate.type) && candidate.confidence >= 0.7);
  if (!candidates.some(isCoverer)) return [...candidates];
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  const kept: EntityCandidate[] = [];
  let furthestBefore = -1;
  let index = 0;
  while (index < byStart.length) {
    const start = byStart[index]!.start;
    let next = index;
    let furthestHere = -1;
    while (next < byStart.length && byStart[next]!.start === start) {
      if (isCoverer(byStart[next]!)) furthestHere = Math.max(furthestHere, byStart[next]!.end);
      next++;
    }
    for (let at = index; at < next; at++) {
      const candidate = byStart[at]!;
      // Personal data is never dropped here: inside a link it still gets masked, and the link gives way instead.
      const covered = !piiTypes.has(candidate.type) && (furthestBefore >= candidate.end || furthestHere > candidate.end);
      if (!covered) kept.push(candidate);
    }
    furthestBefore = Math.max(furthestBefore, furthestHere);
    index = next;
  }
  return kept;
}
