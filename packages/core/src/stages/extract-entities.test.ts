import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages.js';
import { extractEntities, isLuhnValid, type ExtractEntitiesOptions } from './extract-entities.js';

/** Monday 2 March 2026, in Mexico City. */
const REFERENCE = '2026-03-02T10:00:00-06:00';

interface Row {
  readonly text: string;
  readonly language?: LanguageCode;
  readonly options?: ExtractEntitiesOptions;
  /** `type:value` of every entity expected, in text order. */
  readonly expected: readonly string[];
  /** Attributes expected on the first entity listed. */
  readonly attributes?: Readonly<Record<string, string>>;
}

function read(row: Row) {
  return extractEntities(row.text, { referenceDate: REFERENCE, ...(row.language ? { language: row.language } : {}), ...row.options });
}

function runTable(rows: readonly Row[]): void {
  it.each(rows.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const entities = read(row);
    expect(entities.map((entity) => `${entity.type}:${entity.value}`)).toEqual(row.expected);
    if (row.attributes) expect(entities[0]?.attributes).toMatchObject(row.attributes);
    for (const entity of entities) expect(row.text.slice(entity.start, entity.end)).toBe(entity.text);
  });
}

describe('extractEntities: order numbers', () => {
  runTable([
    { text: 'Where is my package? Order 112-4839201-5512873', language: 'en', expected: ['order_number:112-4839201-5512873'], attributes: { marketplace: 'amazon' } },
    { text: 'Ma commande 405 1234567 1234567 est en retard', language: 'fr', expected: ['order_number:405-1234567-1234567'], attributes: { marketplace: 'amazon' } },
    { text: '注文番号：２４９－１２３４５６７－１２３４５６７ はいつ届きますか', language: 'ja', expected: ['order_number:249-1234567-1234567'] },
    { text: 'Bestellnummer 30212345671234567 bitte prüfen', language: 'de', expected: ['order_number:302-1234567-1234567'] },
    { text: 'Digital order D01-9406102-3256241 not delivered', language: 'en', expected: ['order_number:D01-9406102-3256241'], attributes: { kind: 'digital' } },
    { text: '订单号576461234567890123什么时候发货', language: 'zh', expected: ['order_number:576461234567890123'], attributes: { marketplace: 'tiktok' } },
    { text: 'หมายเลขคำสั่งซื้อ 5773 2140 9862 1530 01 ยังไม่ได้รับ', language: 'th', expected: ['order_number:577321409862153001'], attributes: { marketplace: 'tiktok' } },
    { text: 'Hola, mi pedido 2000006123456789 no llega', language: 'es', expected: ['order_number:2000006123456789'], attributes: { marketplace: 'mercadolibre', kind: 'order' } },
    { text: 'O pacote 2000012893180613 ainda não chegou', language: 'pt', expected: ['order_number:2000012893180613'], attributes: { marketplace: 'mercadolibre', kind: 'pack' } },
    { text: 'nomor pesanan 240815K7Q2N3XB belum sampai', language: 'id', expected: ['order_number:240815K7Q2N3XB'], attributes: { marketplace: 'shopee' } },
    { text: 'Bestellnummer: 40213377 fehlt', language: 'de', expected: ['order_number:40213377'] },
    { text: 'commande n° 7788990011 annulée', language: 'fr', options: { marketplace: 'shopify' }, expected: ['order_number:7788990011'], attributes: { marketplace: 'shopify' } },
  ]);
});

describe('extractEntities: tracking numbers', () => {
  runTable([
    { text: 'UPS 1Z999AA10123456784 says delivered', language: 'en', expected: ['tracking_number:1Z999AA10123456784'], attributes: { carrier: 'ups' } },
    { text: 'tracking 1Z 999 AA1 01 2345 6784', language: 'en', expected: ['tracking_number:1Z999AA10123456784'] },
    { text: 'USPS 9400 1112 0108 0805 4830 16', language: 'en', expected: ['tracking_number:9400111201080805483016'], attributes: { carrier: 'usps' } },
    { text: 'label 420221539101026837331000039521', language: 'en', expected: ['tracking_number:420221539101026837331000039521'], attributes: { carrier: 'usps' } },
    { text: 'FedEx 986578788855 stuck', language: 'en', expected: ['tracking_number:986578788855'], attributes: { carrier: 'fedex' } },
    { text: 'FedEx Ground 0414 4176 0228 964', language: 'en', expected: ['tracking_number:041441760228964'], attributes: { carrier: 'fedex' } },
    { text: 'DHL Sendungsnummer 3318810025', language: 'de', expected: ['tracking_number:3318810025'], attributes: { carrier: 'dhl' } },
    { text: 'Paket JJD000390007727671234 kommt nicht', language: 'de', expected: ['tracking_number:JJD000390007727671234'], attributes: { carrier: 'dhl' } },
    { text: 'rastreio RR123456785BR', language: 'pt', expected: ['tracking_number:RR123456785BR'], attributes: { carrier: 'correios', country: 'BR' } },
    { text: '追跡番号 EJ123456785JP', language: 'ja', expected: ['tracking_number:EJ123456785JP'], attributes: { carrier: 'japan-post' } },
    { text: 'ヤマト 伝票番号 1234-5678-9013 です', language: 'ja', expected: ['tracking_number:123456789013'], attributes: { carrier: 'yamato' } },
    { text: '佐川急便 お問い合わせ番号 123456789013', language: 'ja', expected: ['tracking_number:123456789013'], attributes: { carrier: 'sagawa' } },
    { text: '顺丰 SF1234567890123 还没到', language: 'zh', expected: ['tracking_number:SF1234567890123'], attributes: { carrier: 'sf-express' } },
    { text: 'resi J&T JP1234567890 belum update', language: 'id', expected: ['tracking_number:JP1234567890'], attributes: { carrier: 'jt-express' } },
    { text: 'Flash Express TH0123456789A ยังไม่มา', language: 'th', expected: ['tracking_number:TH0123456789A'], attributes: { carrier: 'flash-express' } },
    { text: 'guía Estafeta 6058277365651709009524', language: 'es', expected: ['tracking_number:6058277365651709009524'], attributes: { carrier: 'estafeta' } },
  ]);
});

describe('extractEntities: product ids, money and contact details', () => {
  runTable([
    { text: 'ASIN B08N5WRWNW is broken', language: 'en', expected: ['asin:B08N5WRWNW'] },
    { text: 'SKU: MUG-BLK-12OZ', language: 'en', expected: ['sku:MUG-BLK-12OZ'] },
    { text: '型番 AB-1234 の在庫', language: 'ja', expected: ['sku:AB-1234'] },
    { text: 'paid R$ 120,50 and 3000円', language: 'pt', expected: ['money:120.50 BRL', 'money:3000 JPY'] },
    { text: 'cobran MX$1,299.00 o 300 pesos', language: 'es', expected: ['money:1299 MXN', 'money:300 MXN'] },
    { text: 'Ich habe 1.234,56 € bezahlt', language: 'de', expected: ['money:1234.56 EUR'] },
    { text: '1.5万円 返金してください', language: 'ja', expected: ['money:15000 JPY'] },
    { text: '退款200元，¥35', language: 'zh', expected: ['money:200 CNY', 'money:35 CNY'] },
    { text: 'sudah bayar Rp 150.000 dan Rp50rb', language: 'id', expected: ['money:150000 IDR', 'money:50000 IDR'] },
    { text: 'โอนไป ฿1,200 และ 50 บาท', language: 'th', expected: ['money:1200 THB', 'money:50 THB'] },
    { text: 'charged US$ 49.99', language: 'en', expected: ['money:49.99 USD'] },
    { text: 'write to Ana.Lopez@Example.com', language: 'en', expected: ['email:ana.lopez@example.com'] },
    { text: 'correo josé@correo.mx.', language: 'es', expected: ['email:josé@correo.mx'] },
    { text: 'mi cel 55 1234 5678', language: 'es', expected: ['phone:+525512345678'] },
    { text: '電話 090-1234-5678', language: 'ja', expected: ['phone:+819012345678'] },
    { text: 'ligue (11) 98765-4321', language: 'pt', expected: ['phone:+5511987654321'] },
    { text: 'โทร 081 234 5678', language: 'th', expected: ['phone:+66812345678'] },
    { text: 'call me 415 555 2671', expected: ['phone:+14155552671'] },
    { text: 'whatsapp me: wa.me/14155552671', language: 'en', expected: ['phone:+14155552671'] },
    { text: 'see https://example.com/x?y=1.', language: 'en', expected: ['url:https://example.com/x?y=1'] },
    { text: 'link bit.ly/3xYzAbC please', language: 'en', expected: ['url:bit.ly/3xYzAbC'] },
  ]);
});

describe('extractEntities: personal data', () => {
  runTable([
    { text: 'card 4111 1111 1111 1111', language: 'en', expected: ['card_number:4111111111111111'], attributes: { network: 'visa' } },
    { text: 'tarjeta 5555-5555-5555-4444 vence pronto', language: 'es', expected: ['card_number:5555555555554444'] },
    { text: 'カード番号４１１１１１１１１１１１１１１１です', language: 'ja', expected: ['card_number:4111111111111111'] },
    { text: 'card 4111111111111111 05 27 please refund', language: 'en', expected: ['card_number:4111111111111111'] },
    { text: 'CPF 529.982.247-25', language: 'pt', expected: ['national_id:52998224725'], attributes: { kind: 'cpf', country: 'BR' } },
    { text: 'meu cpf é 52998224725', language: 'pt', expected: ['national_id:52998224725'] },
    { text: 'CNPJ 11.222.333/0001-81', language: 'pt', expected: ['national_id:11222333000181'], attributes: { kind: 'cnpj' } },
    { text: 'mi CURP es HEGG560427MVZRRL04', language: 'es', expected: ['national_id:HEGG560427MVZRRL04'], attributes: { kind: 'curp', country: 'MX' } },
    { text: 'factura al RFC GODE561231GR8', language: 'es', expected: ['national_id:GODE561231GR8'], attributes: { kind: 'rfc' } },
    { text: 'send to 1600 Pennsylvania Avenue, Apt 4', language: 'en', expected: ['address:1600 Pennsylvania Avenue, Apt 4'] },
    { text: 'Envíenlo a Calle 5 de Mayo #222, Col. Centro', language: 'es', expected: ['address:Calle 5 de Mayo #222, Col. Centro'] },
    { text: 'Entregar na Rua Augusta, 1500, apto 12', language: 'pt', expected: ['address:Rua Augusta, 1500, apto 12'] },
    { text: 'livraison au 12 rue de la Paix', language: 'fr', expected: ['address:12 rue de la Paix'] },
    { text: 'Lieferung an Hauptstraße 5a', language: 'de', expected: ['address:Hauptstraße 5a'] },
    { text: 'kirim ke Jl. Sudirman No. 10', language: 'id', expected: ['address:Jl. Sudirman No. 10'] },
    { text: '東京都渋谷区神南1-2-3に送ってください', language: 'ja', expected: ['address:東京都渋谷区神南1-2-3'] },
    { text: '寄到上海市浦东新区世纪大道100号', language: 'zh', expected: ['address:上海市浦东新区世纪大道100号'] },
    { text: 'ส่งที่ 123/45 ซอยสุขุมวิท 21 ถนนสุขุมวิท', language: 'th', expected: ['address:123/45 ซอยสุขุมวิท 21 ถนนสุขุมวิท'] },
  ]);

  it('takes the expiry date and security code after a card into its span, so masking hides them', () => {
    for (const [text, written] of [
      ['My card 4111 1111 1111 1111 12/25 cvv 123 thanks', '4111 1111 1111 1111 12/25 cvv 123'],
      ['tarjeta 4111 1111 1111 1111, vence 09/2027, código de seguridad 456', '4111 1111 1111 1111, vence 09/2027, código de seguridad 456'],
      ['card 4111 1111 1111 1111 123 items', '4111 1111 1111 1111'],
    ] as const) {
      const entities = extractEntities(text, { language: 'en' });
      expect(entities.map((entity) => [entity.type, entity.text, entity.value])).toEqual([['card_number', written, '4111111111111111']]);
    }
  });

  it('flags personal data by the policy: contact details, cards, ids and addresses, not order numbers', () => {
    const entities = extractEntities('Order 112-4839201-5512873, a@example.com, +1 415 555 2671, 4111 1111 1111 1111, CPF 529.982.247-25');
    expect(entities.map((entity) => [entity.type, entity.pii])).toEqual([
      ['order_number', false], ['email', true], ['phone', true], ['card_number', true], ['national_id', true],
    ]);
    expect(extractEntities('112-4839201-5512873', { piiTypes: ['order_number'] })[0]?.pii).toBe(true);
  });
});

describe('extractEntities: near misses that must not match', () => {
  const lacks = (text: string, type: string, options: ExtractEntitiesOptions = {}): void => {
    const found = extractEntities(text, { referenceDate: REFERENCE, ...options }).filter((entity) => entity.type === type);
    expect(found.map((entity) => entity.value), `${type} in ${text}`).toEqual([]);
  };

  it('a phone number is not an order number, and an order number is not a phone', () => {
    lacks('call me at +52 55 1234 5678', 'order_number', { language: 'es' });
    lacks('mi número 55 1234 5678', 'order_number', { language: 'es' });
    lacks('order 112-4839201-5512873', 'phone');
    lacks('订单号576461234567890123', 'phone', { language: 'zh' });
  });

  it('a 16-digit number failing Luhn is not a card', () => {
    lacks('card 4111 1111 1111 1112', 'card_number');
    lacks('tarjeta 4539148803436468', 'card_number', { language: 'es' });
  });

  it('an 18-digit TikTok order id is neither a card nor a phone; a Mercado Libre id is not a card', () => {
    // Luhn-valid on purpose: only the 18-digit TikTok shape and context decide.
    expect(isLuhnValid('576461234567890120')).toBe(true);
    for (const text of ['id 576461234567890120 random', 'order 576461234567890120']) {
      lacks(text, 'card_number');
      lacks(text, 'phone');
      expect(extractEntities(text)[0]).toMatchObject({ type: 'order_number', attributes: { marketplace: 'tiktok' } });
    }
    expect(isLuhnValid('2000006123456785')).toBe(true);
    lacks('pedido 2000006123456785', 'card_number', { language: 'es' });
  });

  it('a date is not an amount, and a plain number is neither', () => {
    lacks('llega el 15/03', 'money', { language: 'es' });
    lacks('3月15日に届きます', 'money', { language: 'ja' });
    lacks('I want 3 of them', 'money', { language: 'en' });
    lacks('version 3.15 and 1/2 of it', 'date', { language: 'en' });
    lacks('really 5 real ones', 'money', { language: 'en' });
  });

  it('a wrong check digit is not a tracking number', () => {
    lacks('rastreio RR123456784BR', 'tracking_number', { language: 'pt' });
    lacks('UPS 1Z999AA10123456785', 'tracking_number');
    lacks('FedEx 996578788855', 'tracking_number');
  });

  it('the morning and greetings are not dates; "hier" is not yesterday in German', () => {
    lacks('por la mañana llegó', 'date', { language: 'es' });
    lacks('Guten Morgen, am Morgen', 'date', { language: 'de' });
    lacks('Ich bin hier', 'date', { language: 'de' });
  });

  it('a CPF or CNPJ with a wrong check digit, or unformatted outside Brazilian text, is not an id', () => {
    lacks('CPF 529.982.247-26', 'national_id', { language: 'pt' });
    lacks('ref 52998224725', 'national_id', { language: 'en' });
  });

  it('ordinary prose gives no addresses or SKUs', () => {
    lacks('en la calle hay 5 perros', 'address', { language: 'es' });
    lacks('I walked 5 blocks down the street', 'address', { language: 'en' });
    lacks('the code was wrong', 'sku', { language: 'en' });
  });
});

describe('extractEntities: overlaps, context and robustness', () => {
  it('gives each span one entity, in text order, with offsets into the input', () => {
    const text = 'a@example.com 112-4839201-5512873 1Z999AA10123456784 https://shop.example.com/o/112-4839201-5512873';
    const entities = extractEntities(text);
    for (let index = 1; index < entities.length; index++) expect(entities[index]!.start).toBeGreaterThanOrEqual(entities[index - 1]!.end);
    expect(entities.map((entity) => entity.type)).toEqual(['email', 'order_number', 'tracking_number', 'url']);
  });

  it('lets an address cover the date inside it, and a card word turn an 18-digit number into a card', () => {
    expect(extractEntities('Calle 5 de Mayo 123', { language: 'es' }).map((entity) => entity.type)).toEqual(['address']);
    expect(isLuhnValid('576461234567890120')).toBe(true);
    expect(extractEntities('tarjeta 576461234567890120', { language: 'es' })[0]?.type).toBe('card_number');
  });

  it('masks both when a variable-length phone number swallows the first group of a card', () => {
    const entities = extractEntities('call [PHONE_2] +49 30 901820  4111 1111 1111 1111');
    expect(entities.map((entity) => `${entity.type}:${entity.value}`)).toEqual(['phone:+4930901820', 'card_number:4111111111111111']);
  });

  it('reads national phone numbers from the site, and none for an unknown country', () => {
    expect(extractEntities('ring 020 7946 0958', { country: 'UK' })[0]?.value).toBe('+442079460958');
    expect(extractEntities('ligue 11 98765-4321', { country: 'MLB' })[0]?.value).toBe('+5511987654321');
    expect(extractEntities('ring 020 7946 0958', { country: 'ZZ', language: 'en' })).toHaveLength(0);
  });

  it('restricts the search to the types asked for', () => {
    expect(extractEntities('a@example.com, 112-4839201-5512873', { types: ['order_number'] }).map((entity) => entity.type)).toEqual(['order_number']);
  });

  it('never throws on odd input and completes on adversarial input', () => {
    expect(extractEntities('')).toEqual([]);
    for (const text of ['😡😡😡', '\u0000\ufffd', '@'.repeat(5000), '[EMAIL_1]']) expect(() => extractEntities(text)).not.toThrow();
    const adversarial = [
      '1'.repeat(1_000_000),
      '1 '.repeat(50_000),
      '1-'.repeat(50_000),
      'a@'.repeat(50_000),
      'a.'.repeat(50_000) + '@',
      'Calle '.repeat(20_000),
      '１２３４ '.repeat(20_000),
      '$1,'.repeat(30_000),
      'Z'.repeat(100_000),
      '+1 23 45 67 89 '.repeat(5_000),
      'tel 55 12 34 56 '.repeat(5_000),
      'pedido 1234567 '.repeat(5_000),
      'mañana '.repeat(10_000),
      'Jl. A B C D E F No '.repeat(5_000),
      'http://a'.repeat(10_000),
    ];
    for (const text of adversarial) expect(Array.isArray(extractEntities(text, { language: 'es' }))).toBe(true);
  });
});

describe('extractEntities: no side effects', () => {
  it('leaves Error.stackTraceLimit as it found it, phone numbers or not', () => {
    const before = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 17;
      extractEntities('Call me at +1 415 555 2671 or 090-1234-5678, order 114-5520937-4418206', { language: 'en' });
      expect(Error.stackTraceLimit).toBe(17);
      expect(new Error('still traced').stack).toContain('still traced');
    } finally {
      Error.stackTraceLimit = before;
    }
  });
  it('reads a stretch the same whichever country read it before (the finder memo is keyed by country)', () => {
    const phones = (text: string, country?: string) =>
      extractEntities(text, { language: 'es', ...(country ? { country } : {}) }).filter((entity) => entity.type === 'phone').map((entity) => `${entity.value}@${entity.start}`);
    const text = 'mi cel 55 1234 5678, pedido 55 1234 5678';
    const mexican = phones(text, 'MX');
    expect(mexican).toEqual(['+525512345678@7', '+525512345678@28']);
    const elsewhere = phones(text, 'BR');
    expect(phones(text, 'MX')).toEqual(mexican);
    expect(phones(text, 'BR')).toEqual(elsewhere);
    expect(elsewhere).not.toEqual(mexican);
  });
});
