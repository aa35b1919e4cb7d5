import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { boundedMemo } from '../replies/bounded-memo.js';
import { clampConfidence } from './confidence.js';
import { contextBoost, contextDistance } from './context-words.js';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import type { EntityCandidate, Recognizer, RecognizerInput } from './entity-candidate.js';

const GLUED_AFTER = /[A-Za-z0-9@_%+]/;
const EXTENSION_MARK = /ext|x|#|内線|分机|分機|ramal|anexo|poste|durchwahl|ต่อ/i;
// WhatsApp and Telegram links carry an international number without its `+`.
const CHAT_LINK = /(?<![A-Za-z0-9])(?:wa\.me\/|api\.whatsapp\.com\/send\?phone=)\+?(\d{7,15})(?!\d)/gi;

/**
 * Phone numbers, found and validated by libphonenumber-js with full metadata: international numbers anywhere,
 * national ones (`55 1234 5678`, `090-1234-5678`) for the country the marketplace site, the caller or the
 * language gives. `value` is E.164 (`+525512345678`), `attributes.country` the number's country. Numbers in
 * WhatsApp links count too.
 */
export const recognizePhoneNumbers: Recognizer = (input) => {
  // A phone number has at least seven digits: text with fewer is not read at all.
  if (input.digits < 7) return [];
  // libphonenumber-js throws and catches a ParseError for every reading it refuses, and capturing each one's stack
  // costs more than the reading itself; none of them leaves the library, so none needs a stack.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return findPhoneNumbers(input);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
};

function findPhoneNumbers(input: RecognizerInput): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  // With nothing to go on (no country, no language), national numbers are read as North American.
  const country = input.country ?? (input.language === undefined || input.language === 'und' ? 'US' : undefined);
  const options = country ? { defaultCountry: country } : {};
  for (const phone of findInStretches(input.scan, options)) {
    const nationalEnd = numberEnd(input.scan, phone.startsAt, phone.endsAt, phone.number.nationalNumber);
    // An extension counts only when marked as one ("ext. 12", "x12", "内線12"), not after a bare comma, and not
    // when more digit groups follow it (`# 4111 1111 …` starts another number).
    const marked = phone.number.ext !== undefined && EXTENSION_MARK.test(input.scan.slice(nationalEnd, phone.endsAt)) && !/^[ -]?\d/.test(input.scan.slice(phone.endsAt));
    let end = marked ? phone.endsAt : nationalEnd;
    let number = phone.number;
    // A last group glued to a word or an e-mail (`+49 30 901820 0@example.com`) belongs to it, not to the phone.
    if (GLUED_AFTER.test(input.scan.charAt(end))) {
      const shorter = withoutLastGroup(input.scan, phone.startsAt, end, country);
      if (!shorter) continue;
      ({ end, number } = shorter);
    }
    const written = input.scan.slice(phone.startsAt, end);
    const international = /^\(?(?:\+|00)/.test(written);
    const confidence = clampConfidence((international ? 0.85 : 0.65) + contextBoost(input, phone.startsAt, 'phone'));
    const push = (candidateEnd: number, candidate: PhoneNumber, penalty: number): void => {
      found.push({
        type: 'phone', start: phone.startsAt, end: candidateEnd, value: candidate.number, confidence: clampConfidence(confidence - penalty),
        ...(candidate.country ? { attributes: { country: candidate.country } } : {}),
      });
    };
    push(end, number, 0);
    // Numbers of variable length (German, Austrian…) may have swallowed the first group of what follows
    // (`+49 30 901820 4111 1111 …`): shorter valid readings stand by, in case that group belongs to a card.
    let shorter = withoutLastGroup(input.scan, phone.startsAt, end, country);
    for (let step = 1; shorter && step <= 2; step++) {
      push(shorter.end, shorter.number, 0.05 * step);
      shorter = withoutLastGroup(input.scan, phone.startsAt, shorter.end, country);
    }
  }
  addMissedNumbers(input, country, found);
  CHAT_LINK.lastIndex = 0;
  for (const match of input.scan.matchAll(CHAT_LINK)) {
    const digits = match[1]!;
    const number = parsePhoneNumberFromString(`+${digits}`);
    if (!number?.isValid()) continue;
    const start = match.index + match[0].length - digits.length;
    found.push({
      type: 'phone', start, end: start + digits.length, value: number.number, confidence: 0.9,
      ...(number.country ? { attributes: { country: number.country } } : {}),
    });
  }
  return found;
}

/**
 * Where the number's own digits end: the finder sometimes takes in what follows (`+1 415 555 2671, 4111`), so
 * the span stops at the first digit completing the national number.
 */
function numberEnd(scan: string, start: number, end: number, nationalNumber: string): number {
  let digits = '';
  for (let index = start; index < end; index++) {
    const code = scan.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    digits += scan.charAt(index);
    if (digits.endsWith(nationalNumber)) return index + 1;
  }
  return end;
}

// A stretch that may hold a phone number: digits with the separators phones use, at most 32 characters.
const PHONE_RUN = /\+?\(?\d[\d().\- ]{4,30}\d/g;
const DIGIT_GROUP = /\d+/g;

/**
 * The finder rejects a whole stretch when something is stuck to the number (`+1 415 555 2671 7`). For stretches
 * that start with `+` (unless a number was found from that `+`) or follow a phone word (unless a number was
 * found there), the longest run of whole digit groups that libphonenumber-js validates is taken (with up to two shorter valid readings standing by); overlap
 * resolution then prefers it to a national reading of part of it. Like the finder, at most 2,000 stretches per text. Bounded: a stretch is at most 32 characters and 8 groups.
 */
function addMissedNumbers(input: RecognizerInput, country: CountryCode | undefined, found: EntityCandidate[]): void {
  PHONE_RUN.lastIndex = 0;
  let budget = MAX_STRETCHES;
  for (const run of input.scan.matchAll(PHONE_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    const international = run[0].startsWith('+');
    // A number already found here stands, unless it ignored the `+` (a national reading of the digits after it).
    if (found.some((phone) => phone.start < runEnd && phone.end > runStart && (!international || phone.start === runStart))) continue;
    const context = contextDistance(input, runStart, 'phone');
    if (!international && (context === undefined || context > 16)) continue;
    if (--budget < 0) break;
    const groups = [...run[0].matchAll(DIGIT_GROUP)].slice(0, 8).map((group) => ({ start: runStart + group.index, end: runStart + group.index + group[0].length }));
    // The longest valid reading first; up to two shorter ones stand by, in case a group belongs to what follows.
    let readings = 0;
    for (let first = 0; first < groups.length && readings === 0; first++) {
      if (international && first > 0) break;
      const start = first === 0 ? runStart : groups[first]!.start;
      for (let last = groups.length - 1; last > first && readings < 3; last--) {
        const written = input.scan.slice(start, groups[last]!.end);
        const number = parsePhoneNumberFromString(written, country ? { defaultCountry: country } : {});
        if (!number?.isValid()) continue;
        found.push({
          type: 'phone', start, end: groups[last]!.end, value: number.number,
          confidence: clampConfidence((international ? 0.8 : 0.6) - 0.05 * readings + contextBoost(input, start, 'phone')),
          ...(number.country ? { attributes: { country: number.country } } : {}),
        });
        readings++;
      }
    }
  }
}

/** The number without its last digit group, if that is still a valid number. */
function withoutLastGroup(scan: string, start: number, end: number, country: CountryCode | undefined): { end: number; number: PhoneNumber } | undefined {
  const written = scan.slice(start, end);
  const cut = written.search(/[^\d]+\d+$/);
  if (cut <= 0) return undefined;
  const number = parsePhoneNumberFromString(written.slice(0, cut), country ? { defaultCountry: country } : {});
  return number?.isValid() ? { end: start + cut, number } : undefined;
}

// A stretch that may hold phone numbers: digits and the separators phones use, at most 44 characters. The
// finder is given one stretch at a time, so its work stays bounded on pathological input (`1 1 1 1 …`).
/**
 * At most this many stretches are read per text (about a second of work): far more than any message holds, and
 * the bound that keeps a megabyte of `1 1 1 …` from taking minutes.
 */
const MAX_STRETCHES = 2000;
const STRETCH = /(?:\(?\+|\()?\d[\d ()./-]{5,40}\d/g;

interface FoundPhone { readonly startsAt: number; readonly endsAt: number; readonly number: PhoneNumber }

/**
 * What the finder read in recent stretches, keyed by default country and stretch: its answer depends on nothing
 * else, and the same stretch comes back (a message's order number in the reply that quotes it, a buyer's
 * follow-ups). Reading one costs tens of microseconds.
 */
const findInStretch = boundedMemo((key): readonly FoundPhone[] => {
  const separator = key.indexOf('\u0000');
  const country = key.slice(0, separator) as CountryCode | '';
  return findPhoneNumbersInText(key.slice(separator + 1), country ? { defaultCountry: country } : {}).map(({ startsAt, endsAt, number }) => ({ startsAt, endsAt, number }));
});

/** libphonenumber-js's finder over each stretch, with offsets into the whole text. */
function findInStretches(scan: string, options: { defaultCountry?: CountryCode }): FoundPhone[] {
  const numbers: FoundPhone[] = [];
  STRETCH.lastIndex = 0;
  let budget = MAX_STRETCHES;
  for (const stretch of scan.matchAll(STRETCH)) {
    if (--budget < 0) break;
    for (const phone of findInStretch(`${options.defaultCountry ?? ''}\u0000${stretch[0]}`)) {
      numbers.push({ startsAt: stretch.index + phone.startsAt, endsAt: stretch.index + phone.endsAt, number: phone.number });
    }
  }
  return numbers;
}
