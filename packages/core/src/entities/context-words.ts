import type { RecognizerInput } from './entity-candidate.js';

/**
 * Words that, written just before a number, say what it is, in the nine languages (and carrier names). Each
 * is one alternation with no nested quantifiers, run on a short window, so matching stays linear.
 */
export const CONTEXT_WORDS = {
  order: /order|orden|pedido|compra|venta|encomenda|commande|bestell|auftrag|注文|订单|訂單|订货|單號|单号|pesanan|transaksi|คำสั่งซื้อ|ออเดอร์|สั่งซื้อ/gi,
  pack: /\bpack|paquete|pacote|carrito|carrinho/gi,
  tracking: /track|rastreo|rastreio|rastreamento|gu[ií]a|seguimiento|suivi|colis|sendung|paketnummer|追跡|問い?合わ?せ番号|伝票|送り状|运单|運單|快递单|快遞單|物流单|物流單|\bresi\b|lacak|พัสดุ|เลขติดตาม|awb|waybill|shipment/gi,
  card: /card|tarjeta|cart[aã]o|carte|karte|カード|卡号|卡號|信用卡|银行卡|銀行卡|kartu|บัตร|visa|mastercard|amex/gi,
  phone: /phone|\btel|\bcel|m[oó]vil|whats|\bzap|contato|appel|handy|anruf|電話|携帯|电话|手机|手機|\bhp\b|\bwa\b|โทร|เบอร์/gi,
  sku: /\bsku|art(?:ikel)?[.-]?\s?nr|artikelnummer|r[ée]f[ée]rence|\bref\b|c[oó]digo del? (?:producto|art[ií]culo)|c[oó]d(?:igo)?\.? (?:do )?produto|型番|品番|商品番号|货号|貨號|kode barang|รหัสสินค้า/gi,
  asin: /asin/gi,
  cpf: /cpf/gi,
  cnpj: /cnpj/gi,
  curp: /curp/gi,
  rfc: /\brfc/gi,
  dhl: /dhl/gi,
  fedex: /fed ?ex/gi,
  ups: /\bups\b/gi,
  usps: /usps|postal service/gi,
  yamato: /yamato|ヤマト|クロネコ|宅急便/gi,
  sagawa: /sagawa|佐川|飛脚/gi,
  japanPost: /japan post|日本郵便|ゆうパック|ゆうパケット|郵便/gi,
  sfExpress: /sf ?express|顺丰|順豐|順丰/gi,
  jt: /j ?& ?t|jnt|极兔|極兔/gi,
  estafeta: /estafeta/gi,
  correios: /correios/gi,
  flash: /flash/gi,
  kerry: /kerry|\bkex/gi,
} as const satisfies Record<string, RegExp>;

/** A kind of context word. */
export type ContextKind = keyof typeof CONTEXT_WORDS;

/** How far before a candidate its context words are looked for, in UTF-16 units. */
const WINDOW = 40;

/** The carrier names: most texts name none, and one search says so for all of them. */
const CARRIER_KINDS: ReadonlySet<ContextKind> = new Set<ContextKind>(['dhl', 'fedex', 'ups', 'usps', 'yamato', 'sagawa', 'japanPost', 'sfExpress', 'jt', 'estafeta', 'correios', 'flash', 'kerry']);

/** The kinds' words in one alternation: where it first matches, the earliest word of any of those kinds starts. */
function unionOf(kinds: readonly ContextKind[]): RegExp {
  return new RegExp(kinds.map((kind) => `(?:${CONTEXT_WORDS[kind].source})`).join('|'), 'i');
}
const ALL_KINDS = Object.keys(CONTEXT_WORDS) as ContextKind[];
const ANY_WORD = unionOf(ALL_KINDS);
const ANY_CARRIER = unionOf(ALL_KINDS.filter((kind) => CARRIER_KINDS.has(kind)));

/** Per text: where the context words of each kind end, and where the first word of any kind and of any carrier starts (-1: none). */
interface TextWords {
  readonly ends: Map<ContextKind, readonly number[]>;
  readonly firstAny: number;
  firstCarrier: number | undefined;
}

const textWords = new WeakMap<RecognizerInput, TextWords>();
const NO_ENDS: readonly number[] = [];

/**
 * Where the words of `kind` end in the text, found once per text and kind. One search for the words of all
 * kinds (and one for all carrier names) comes first: a text without any is done, and in a text with some, no
 * word of a kind starts before the first word of any kind, so each kind's search starts there.
 */
function endsOf(input: RecognizerInput, kind: ContextKind): readonly number[] {
  let words = textWords.get(input);
  if (!words) {
    words = { ends: new Map(), firstAny: ANY_WORD.exec(input.scan)?.index ?? -1, firstCarrier: undefined };
    textWords.set(input, words);
  }
  if (words.firstAny < 0) return NO_ENDS;
  let ends = words.ends.get(kind);
  if (!ends) {
    let from = words.firstAny;
    if (CARRIER_KINDS.has(kind)) {
      words.firstCarrier ??= ANY_CARRIER.exec(input.scan)?.index ?? -1;
      from = words.firstCarrier;
    }
    const found: number[] = [];
    if (from >= 0) {
      const pattern = CONTEXT_WORDS[kind];
      pattern.lastIndex = from;
      for (let match = pattern.exec(input.scan); match; match = pattern.exec(input.scan)) {
        found.push(match.index + match[0].length);
        if (match[0].length === 0) pattern.lastIndex++;
      }
    }
    ends = found.length === 0 ? NO_ENDS : found;
    words.ends.set(kind, ends);
  }
  return ends;
}

/**
 * Whether the text holds a context word of any of `kinds`, anywhere.
 * @example mentions(input, ['tracking', 'dhl']) // true for 'DHL: JJD0123…'
 */
export function mentions(input: RecognizerInput, kinds: readonly ContextKind[]): boolean {
  return kinds.some((kind) => endsOf(input, kind).length > 0);
}

/**
 * How close the nearest context word of `kind` ends before `start` (0 = right before it, joiners such as
 * "number", "no.", ":" or "番号" not counted), or `undefined` when none ends within the window. The words are
 * found once per text and kind; each lookup is a binary search, so many numbers in one text stay cheap.
 * @example contextDistance(input, 14, 'order') // 0 for 'Bestellnummer: 40213377'
 */
export function contextDistance(input: RecognizerInput, start: number, kind: ContextKind): number | undefined {
  const ends = endsOf(input, kind);
  let low = 0;
  let high = ends.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= start) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const wordEnd = ends[found];
  if (wordEnd === undefined) return undefined;
  const best = start - wordEnd;
  if (best > WINDOW) return undefined;
  // "Bestellnummer: ", "order no. #", "注文番号は" end the phrase: what joins the word to the number does not count.
  const joiner = JOINER.exec(input.scan.slice(wordEnd, start));
  return joiner ? best - joiner[0].length : best;
}

/** What may stand between a context word and its number: "number", "no.", "#", "番号", "は", ":" and spaces. */
const JOINER = /^(?:[\s:：#№°º.=-]|numbers?|nummer|num[eé]ro|n[uú]mero|nomor|nr|no|id|is|es|é|ist|est|ของ|คือ|หมายเลข|เลขที่|番号|番號|号|號|码|碼|は|が|是|为|為)*/iu;

/**
 * A confidence bonus for context words of `kind` before `start`: 0.3 when they sit within a few characters
 * (`Bestellnummer: 123…`), 0.15 within the window, else 0.
 */
export function contextBoost(input: RecognizerInput, start: number, kind: ContextKind): number {
  const distance = contextDistance(input, start, kind);
  if (distance === undefined) return 0;
  return distance <= 16 ? 0.3 : 0.15;
}
