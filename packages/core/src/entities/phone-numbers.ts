import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { clampConfidence } from './confidence.js';
import { contextBoost } from './context-words.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';

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
  const found: EntityCandidate[] = [];
  if (!/\d{2}/.test(input.scan)) return found;
  // With nothing to go on (no country, no language), national numbers are read as North American.
  const country = input.country ?? (input.language === undefined || input.language === 'und' ? 'US' : undefined);
  const options = country ? { defaultCountry: country } : {};
  for (const phone of findPhoneNumbersInText(input.scan, options)) {
    const nationalEnd = numberEnd(input.scan, phone.startsAt, phone.endsAt, phone.number.nationalNumber);
    // An extension counts only when marked as one ("ext. 12", "x12", "内線12"), not after a bare comma.
    const end = phone.number.ext && EXTENSION_MARK.test(input.scan.slice(nationalEnd, phone.endsAt)) ? phone.endsAt : nationalEnd;
    const written = input.scan.slice(phone.startsAt, end);
    const international = written.startsWith('+') || written.startsWith('00');
    found.push({
      type: 'phone', start: phone.startsAt, end, value: phone.number.number,
      confidence: clampConfidence((international ? 0.85 : 0.65) + contextBoost(input, phone.startsAt, 'phone')),
      ...(phone.number.country ? { attributes: { country: phone.number.country } } : {}),
    });
  }
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
};

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
