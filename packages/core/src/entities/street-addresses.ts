import { digitRunMatches } from './digit-run-matches.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';

const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d.'-]*`;
/** A capitalized word without dots, so "Col. Jardines. Gracias" stops at the full stop. */
const PLAIN_WORD = String.raw`[\p{Lu}\d][\p{L}\d'-]*`;
const PARTICLES = String.raw`(?:(?:de|del|la|las|los|do|da|dos|das|di|el)\s)*`;
/** A street name: up to five words, lower-case particles allowed before each. */
const STREET_NAME = String.raw`${PARTICLES}${NAME_WORD}(?:\s${PARTICLES}${NAME_WORD}){0,4}?`;

const HAN = /\p{Script=Han}/u;

/**
 * Street address shapes per language; each is bounded, so matching stays linear. `script`, when given, is a
 * character every match holds (a Han character, a Thai letter): text without one is not searched. A sticky
 * (`y`) pattern starts at a digit with no digit before it, and is tried only where a run of digits starts.
 */
const ADDRESS_PATTERNS: readonly { readonly language: string; readonly pattern: RegExp; readonly script?: RegExp }[] = [
  {
    language: 'en',
    pattern: /(?<![\p{L}\p{N}])\d{1,6}[A-Za-z]?\s(?:[NSEW]\.?\s)?(?:[A-Z][a-z]+\.?\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy)\b\.?(?:,?\s(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s?[A-Za-z0-9-]{1,6})?/uy,
  },
  {
    language: 'es',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Cc]alle|C\/|[Aa]venida|Av\.|Avda\.?|[Cc]alzada|Calz\.|[Bb]oulevard|Blvd\.?|[Pp]aseo|[Cc]amino|[Cc]arrera|Cra\.?|[Pp]rivada|[Cc]ircuito|[Cc]arretera)\s${STREET_NAME}\s?,?\s?(?:(?:#|No\.?|Núm\.?|N[º°]|num\.?)\s?)?\d{1,5}(?!\d)(?:\s?[A-Za-z](?![\p{L}]))?(?:,?\s(?:Int\.?|Interior|Depto\.?|Dpto\.?)\s?[\p{L}\d]{1,5})?(?:,?\s(?:Col\.?|Colonia)\s${PLAIN_WORD}(?:\s${PLAIN_WORD}){0,3})?`, 'gu'),
  },
  {
    language: 'pt',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Rr]ua|R\.|[Aa]venida|Av\.|[Tt]ravessa|Tv\.|[Aa]lameda|Al\.|[Pp]raça|[Rr]odovia|[Ee]strada)\s${STREET_NAME},?\s?(?:n[º°o]\.?|número|num\.?)?\s?\d{1,5}(?![\d/])(?:,?\s(?:[Aa]pto?\.?|[Aa]partamento|[Bb]loco|[Cc]asa)\s?[\p{L}\d]{1,5})?`, 'gu'),
  },
  {
    language: 'fr',
    pattern: /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s(?:(?:de la|de|du|des|d'|l')\s?)?[\p{Lu}][\p{L}'-]+(?:\s[\p{Lu}][\p{L}'-]+){0,3}/iuy,
  },
  {
    language: 'de',
    pattern: /(?<![\p{L}])(?:[\p{Lu}][\p{L}-]{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)|[\p{Lu}][\p{L}-]{1,30}\s(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee))\s\d{1,4}\s?[a-z]?(?![\p{L}\d])/gu,
  },
  {
    language: 'id',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:Jl\.?|[Jj]alan|Gg\.?|[Gg]ang)\s${STREET_NAME}\s?,?\s?(?:No\.?|Nomor|no\.?)\s?\d{1,5}[A-Za-z]?(?:,?\s?RT\.?\s?\d{1,3}\s?\/\s?RW\.?\s?\d{1,3})?`, 'gu'),
  },
  {
    language: 'ja',
    script: HAN,
    pattern: /(?:東京都|北海道|京都府|大阪府|\p{Script=Han}{2,3}県)?\p{Script=Han}{1,6}[市区町村郡]\p{Script=Han}{0,8}?\d{1,4}(?:丁目|-)\d{1,4}(?:番地?|-)\d{1,4}(?:号)?/gu,
  },
  {
    language: 'zh',
    script: HAN,
    pattern: /(?:\p{Script=Han}{2,6}[省市])?(?:\p{Script=Han}{1,6}[区縣县市])?\p{Script=Han}{1,8}(?:路|街|大道|巷|弄|胡同)\d{1,5}[号號](?:\d{1,4}(?:室|号楼|號樓|栋|棟))?/gu,
  },
  {
    language: 'th',
    script: /[ซถ]/u,
    pattern: /(?:บ้านเลขที่\s?)?\d{1,5}(?:\/\d{1,4})?\s(?:หมู่(?:ที่)?\s?\d{1,3}\s)?(?:ซอย|ซ\.|ถนน|ถ\.)\s?[\u0E00-\u0E7F]+(?:\s?\d{1,3}(?![\d/]))?(?:\s(?:ถนน|ถ\.)\s?[\u0E00-\u0E7F]+)?/gu,
  },
];

/** "Send to", "address:" before a CJK address: its pattern cannot tell them from the place name. */
const LEADING_VERB = /^(?:请|請)?(?:寄到|寄往|送到|发到|發到|寄至|送至|(?:新|旧|舊|收货|收貨|公司|家)?(?:地址|住所))(?:是|为|為|は|:|：)?/u;

/**
 * Street addresses, when their shape is unmistakable: a street word and a house number in the language's order
 * (`1600 Pennsylvania Avenue`, `Calle Reforma #222, Col. Juárez`, `Rua Augusta, 1500`, `12 rue de la Paix`,
 * `Hauptstraße 5`, `Jl. Sudirman No. 10`, `渋谷区神南1-2-3`, `世纪大道100号`, `123/45 ซอยสุขุมวิท 21`).
 * `attributes.language` is the pattern's language. Vaguer mentions ("near the station") are left alone.
 */
export const recognizeStreetAddresses: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  if (input.digits === 0) return found;
  let hasHan: boolean | undefined;
  for (const { language, pattern, script } of ADDRESS_PATTERNS) {
    if (script === HAN) {
      hasHan ??= HAN.test(input.scan);
      if (!hasHan) continue;
    } else if (script && !script.test(input.scan)) continue;
    pattern.lastIndex = 0;
    for (const match of pattern.sticky ? digitRunMatches(input.scan, pattern) : input.scan.matchAll(pattern)) {
      const lead = language === 'zh' || language === 'ja' ? (LEADING_VERB.exec(match[0])?.[0].length ?? 0) : 0;
      const text = match[0].slice(lead).replace(/[\s,]+$/, '');
      const start = match.index + lead;
      found.push({ type: 'address', start, end: start + text.length, value: text, confidence: 0.75, attributes: { language } });
    }
  }
  return found;
};
