import { isCnpjValid, isCpfValid, isCurpValid, isRfcValid } from './check-digits.js';
import { clampConfidence } from './confidence.js';
import { contextBoost } from './context-words.js';
import type { EntityCandidate, Recognizer } from './entity-candidate.js';

const CPF = /(?<![\dA-Za-z./-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\dA-Za-z]|[./-]\d)/g;
const CNPJ = /(?<![\dA-Za-z./-])[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}\/?[0-9A-Z]{4}-?\d{2}(?![\dA-Za-z]|[./-]\d)/g;
const CURP = /(?<![A-Za-z0-9])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d(?![A-Za-z0-9])/g;
const RFC = /(?<![A-Za-z0-9])[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}(?![A-Za-z0-9])/g;

/** Whether six digits read YYMMDD as a real month and day. */
function plausibleBirthDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * National identifiers cheap to recognise with certainty, as `national_id` with `attributes.kind` and
 * `attributes.country`: Brazil's CPF (`529.982.247-25`) and CNPJ (`11.222.333/0001-81`, also the alphanumeric
 * form) with both check digits (unformatted only in Portuguese or Brazilian text, or after the word); Mexico's CURP with its check digit and RFC (check character verified, or the word
 * "RFC" just before). An unformatted CPF competes with phone numbers: formatted or after "CPF" it wins.
 */
export const recognizeNationalIds: Recognizer = (input) => {
  const found: EntityCandidate[] = [];
  const { scan } = input;
  if (input.digits < 6 || !/\d{6}/.test(scan.replace(/[./-]/g, ''))) return found;
  // Unformatted, eleven or fourteen digits are only read as CPF/CNPJ for Brazilian text or after the word.
  const brazilian = input.language === 'pt' || input.country === 'BR';
  const push = (start: number, end: number, value: string, kind: string, country: string, confidence: number): void => {
    found.push({ type: 'national_id', start, end, value, confidence: clampConfidence(confidence), attributes: { kind, country } });
  };
  CPF.lastIndex = 0;
  for (const match of scan.matchAll(CPF)) {
    const digits = match[0].replace(/\D/g, '');
    if (!isCpfValid(digits)) continue;
    const formatted = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(match[0]);
    const boost = contextBoost(input, match.index, 'cpf');
    if (!formatted && boost === 0 && !brazilian) continue;
    push(match.index, match.index + match[0].length, digits, 'cpf', 'BR', (formatted ? 0.95 : 0.6) + boost);
  }
  CNPJ.lastIndex = 0;
  for (const match of scan.matchAll(CNPJ)) {
    const code = match[0].replace(/[./-]/g, '');
    if (!isCnpjValid(code)) continue;
    const formatted = /^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}$/.test(match[0]);
    const boost = contextBoost(input, match.index, 'cnpj');
    if (!formatted && boost === 0 && !brazilian) continue;
    push(match.index, match.index + match[0].length, code, 'cnpj', 'BR', (formatted ? 0.95 : 0.6) + boost);
  }
  CURP.lastIndex = 0;
  for (const match of scan.matchAll(CURP)) {
    if (!plausibleBirthDate(match[0].slice(4, 10)) || !isCurpValid(match[0])) continue;
    push(match.index, match.index + 18, match[0], 'curp', 'MX', 0.95);
  }
  RFC.lastIndex = 0;
  for (const match of scan.matchAll(RFC)) {
    const code = match[0];
    const letters = code.length === 13 ? 4 : 3;
    if (!plausibleBirthDate(code.slice(letters, letters + 6))) continue;
    const boost = contextBoost(input, match.index, 'rfc');
    if (!isRfcValid(code) && boost === 0) continue;
    push(match.index, match.index + code.length, code, 'rfc', 'MX', 0.8 + boost);
  }
  return found;
};
