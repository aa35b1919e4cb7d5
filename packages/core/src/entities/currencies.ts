/**
 * Currency markers as buyers write them, before or after the amount, mapped to ISO 4217. `$`, `¥` and the word
 * "pesos" depend on where the buyer is and are resolved by {@link resolveAmbiguousCurrency}.
 */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'us$': 'USD', 'usd$': 'USD', 'u$s': 'USD', 'mx$': 'MXN', 'mex$': 'MXN', 'r$': 'BRL', 'c$': 'CAD', 'ca$': 'CAD', 'a$': 'AUD', 'au$': 'AUD',
  'hk$': 'HKD', 'nt$': 'TWD', 's$': 'SGD', 'ar$': 'ARS', 'col$': 'COP', 'clp$': 'CLP', '$': '$', '€': 'EUR', '£': 'GBP', '¥': '¥', '￥': '¥',
  '฿': 'THB', '₱': 'PHP', '₩': 'KRW', '₹': 'INR', '₫': 'VND', 'rp': 'IDR', 'rp.': 'IDR', 'rm': 'MYR', 's/': 'PEN', 'chf': 'CHF',
  usd: 'USD', eur: 'EUR', mxn: 'MXN', brl: 'BRL', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', idr: 'IDR', thb: 'THB', gbp: 'GBP', cad: 'CAD',
  aud: 'AUD', ars: 'ARS', cop: 'COP', clp: 'CLP', pen: 'PEN', sgd: 'SGD', myr: 'MYR', php: 'PHP', vnd: 'VND', hkd: 'HKD', twd: 'TWD',
};

/** Markers written after the amount (`120 reais`, `3000円`, `50 บาท`). */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  ...CURRENCY_PREFIXES,
  '円': 'JPY', 'えん': 'JPY', '元': 'CNY', '块': 'CNY', '塊': 'CNY', '块钱': 'CNY', '塊錢': 'CNY', '人民币': 'CNY', '人民幣': 'CNY', '日元': 'JPY', '日圆': 'JPY',
  '美元': 'USD', '美金': 'USD', '欧元': 'EUR', '歐元': 'EUR', 'ドル': 'USD', 'ユーロ': 'EUR', 'レアル': 'BRL', 'ペソ': 'MXN', 'バーツ': 'THB',
  'บาท': 'THB', 'ดอลลาร์': 'USD', 'ยูโร': 'EUR', 'เยน': 'JPY', 'หยวน': 'CNY',
  'dollar': 'USD', 'dollars': 'USD', 'bucks': 'USD', 'dólar': 'USD', 'dólares': 'USD', 'dolar': 'USD', 'dolares': 'USD', 'dólares americanos': 'USD',
  'euro': 'EUR', 'euros': 'EUR', 'peso': 'pesos', 'pesos': 'pesos', 'reais': 'BRL', 'real': 'BRL', 'yen': 'JPY', 'yenes': 'JPY', 'ienes': 'JPY',
  'yuan': 'CNY', 'rupiah': 'IDR', 'baht': 'THB', 'pound': 'GBP', 'pounds': 'GBP', 'libras': 'GBP',
};

/** Multipliers written after a number: `1.5万円`, `Rp 150rb`, `R$ 2 mil`, `$3k`, `5 พันบาท`. */
export const AMOUNT_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000, mil: 1_000, rb: 1_000, ribu: 1_000, jt: 1_000_000, juta: 1_000_000, '千': 1_000, '万': 10_000, '萬': 10_000,
  '亿': 100_000_000, '億': 100_000_000, 'พัน': 1_000, 'หมื่น': 10_000, 'แสน': 100_000, 'ล้าน': 1_000_000,
};

const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  US: 'USD', MX: 'MXN', CA: 'CAD', AU: 'AUD', AR: 'ARS', CO: 'COP', CL: 'CLP', SG: 'SGD', HK: 'HKD', TW: 'TWD', NZ: 'NZD', UY: 'UYU', BR: 'BRL',
};
const PESO_COUNTRIES: Readonly<Record<string, string>> = { MX: 'MXN', AR: 'ARS', CO: 'COP', CL: 'CLP', UY: 'UYU', PH: 'PHP', DO: 'DOP' };

/**
 * Settles `$`, `¥` and "pesos" from the country (marketplace site or caller), then the language: `$` is USD
 * unless the country uses its own dollar or peso sign; `¥` is CNY for Chinese and JPY otherwise; "pesos" is MXN
 * unless the country has its own peso. `ambiguous` is true when only a default decided.
 */
export function resolveAmbiguousCurrency(marker: string, country: string | undefined, language: string | undefined): { currency: string; ambiguous: boolean } {
  if (marker === '$') {
    const byCountry = country ? DOLLAR_COUNTRIES[country] : undefined;
    return byCountry ? { currency: byCountry, ambiguous: false } : { currency: 'USD', ambiguous: true };
  }
  if (marker === '¥') {
    if (country === 'CN' || (country === undefined && language === 'zh')) return { currency: 'CNY', ambiguous: false };
    return { currency: 'JPY', ambiguous: country !== 'JP' && language !== 'ja' };
  }
  if (marker === 'pesos') {
    const byCountry = country ? PESO_COUNTRIES[country] : undefined;
    return byCountry ? { currency: byCountry, ambiguous: false } : { currency: 'MXN', ambiguous: true };
  }
  return { currency: marker, ambiguous: false };
}
