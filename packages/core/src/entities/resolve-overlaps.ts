import type { EntityCandidate } from './entity-candidate.js';

/**
 * Keeps one entity per span. Before the contest, a candidate that is not personal data gives way to a personal
 * one that covers it (the address "Calle 5 de Mayo 12" outranks the date inside it, so masking hides all of it),
 * and to a web address that covers it (an order number inside a link stays part of the link). Then the most
 * confident candidate wins, ties going to the longer span, then the earlier one. Linear in the text length plus
 * the candidates' total length (occupied offsets are marked in a byte map).
 * @example resolveOverlaps([tiktokOrder, cardGuess], 64, new Set(['card_number'])) // the more confident one
 */
export function resolveOverlaps(candidates: readonly EntityCandidate[], textLength: number, piiTypes: ReadonlySet<string>): EntityCandidate[] {
  if (candidates.length <= 1) return [...candidates];
  const contenders = withoutCovered(candidates, piiTypes);
  contenders.sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const occupied = new Uint8Array(textLength);
  const kept: EntityCandidate[] = [];
  for (const candidate of contenders) {
    let free = true;
    for (let index = candidate.start; index < candidate.end; index++) {
      if (occupied[index] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    occupied.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
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
