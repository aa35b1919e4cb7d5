/**
 * The check-digit schemes of the identifiers the entity stage reads. Each takes the identifier's characters
 * (digits, or digits and capitals where the scheme allows) and says whether its check digit is right.
 */

const digitAt = (text: string, index: number): number => text.charCodeAt(index) - 48;

/**
 * The GS1 "mod 10" that USPS, FedEx Ground and SSCC labels carry: from the digit left of the check digit
 * leftwards, weights 3, 1, 3, 1…; the check digit makes the sum a multiple of ten.
 */
export function isGs1Mod10Valid(digits: string): boolean {
  let sum = 0;
  for (let index = digits.length - 2, position = 0; index >= 0; index--, position++) sum += digitAt(digits, index) * (position % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === digitAt(digits, digits.length - 1);
}

/** Weighted sum modulo `modulus`, then modulo 10 (FedEx Express). `weights` applies from the left. */
export function isWeightedModValid(serialAndCheck: string, weights: readonly number[], modulus: number): boolean {
  const serial = serialAndCheck.slice(0, -1);
  if (serial.length !== weights.length) return false;
  let sum = 0;
  for (let index = 0; index < serial.length; index++) sum += digitAt(serial, index) * weights[index]!;
  return (sum % modulus) % 10 === digitAt(serialAndCheck, serialAndCheck.length - 1);
}

/** The serial read as a number, modulo 7, is the check digit (DHL Express, Yamato, Sagawa, Japan Post). */
export function isMod7Valid(serialAndCheck: string): boolean {
  let remainder = 0;
  for (let index = 0; index < serialAndCheck.length - 1; index++) remainder = (remainder * 10 + digitAt(serialAndCheck, index)) % 7;
  return remainder === digitAt(serialAndCheck, serialAndCheck.length - 1);
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 (`RR123456785BR`): the eight-digit serial weighted 8 6 4 2 3 5 9 7, modulo 11. */
export function isS10Valid(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += digitAt(code, index + 2) * S10_WEIGHTS[index]!;
  let check = 11 - (sum % 11);
  if (check === 10) check = 0;
  else if (check === 11) check = 5;
  return check === digitAt(code, 10);
}

/** UPS `1Z…`: the 15 characters after `1Z` weighted 1 and 2, letters mapped as UPS does, mod 10. */
export function isUps1ZValid(code: string): boolean {
  let sum = 0;
  for (let index = 2; index < 17; index++) {
    const char = code.charCodeAt(index);
    const value = char >= 48 && char <= 57 ? char - 48 : (char - 3) % 10;
    sum += value * (index % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10 === digitAt(code, 17);
}

/** Brazil's CPF: two mod-11 check digits over eleven digits; all-equal digits are invalid. */
export function isCpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  for (const length of [9, 10]) {
    let sum = 0;
    for (let index = 0; index < length; index++) sum += digitAt(digits, index) * (length + 1 - index);
    const check = ((sum * 10) % 11) % 10;
    if (check !== digitAt(digits, length)) return false;
  }
  return true;
}

/**
 * Brazil's CNPJ, numeric or the alphanumeric form issued from July 2026: two mod-11 check digits, each
 * character counting as its code minus 48.
 */
export function isCnpjValid(code: string): boolean {
  if (!/^[0-9A-Z]{12}\d{2}$/.test(code) || /^(\d)\1{13}$/.test(code)) return false;
  for (const length of [12, 13]) {
    let sum = 0;
    for (let index = 0; index < length; index++) {
      const weight = ((length - 1 - index) % 8) + 2;
      sum += (code.charCodeAt(index) - 48) * weight;
    }
    const remainder = sum % 11;
    const check = remainder < 2 ? 0 : 11 - remainder;
    if (check !== digitAt(code, length)) return false;
  }
  return true;
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexico's CURP: the 18th character checks the first 17 (weights 18…2, mod 10). */
export function isCurpValid(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = CURP_ALPHABET.indexOf(code.charAt(index));
    if (value < 0) return false;
    sum += value * (18 - index);
  }
  return (10 - (sum % 10)) % 10 === digitAt(code, 17);
}

const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** Mexico's RFC (12 characters for companies, 13 for people): a mod-11 check character, `A` for 10. */
export function isRfcValid(code: string): boolean {
  if (code.length !== 12 && code.length !== 13) return false;
  const padded = code.length === 12 ? ` ${code}` : code;
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const value = RFC_ALPHABET.indexOf(padded.charAt(index));
    if (value < 0) return false;
    sum += value * (13 - index);
  }
  const remainder = sum % 11;
  const expected = remainder === 0 ? '0' : 11 - remainder === 10 ? 'A' : String(11 - remainder);
  return padded.charAt(12) === expected;
}
