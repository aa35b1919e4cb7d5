import { describe, expect, it } from 'vitest';
import { isCnpjValid, isCpfValid, isCurpValid, isGs1Mod10Valid, isMod7Valid, isRfcValid, isS10Valid, isUps1ZValid, isWeightedModValid } from './check-digits.js';
import { isLuhnValid } from './luhn.js';

const FEDEX_EXPRESS = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

describe('check digits', () => {
  it.each([
    ['Luhn', isLuhnValid, ['4111111111111111', '5555555555554444', '378282246310005'], ['4111111111111112', '12ab']],
    ['UPS 1Z', isUps1ZValid, ['1Z999AA10123456784'], ['1Z999AA10123456785']],
    ['GS1 mod 10 (USPS, FedEx Ground, SSCC)', isGs1Mod10Valid, ['9400111201080805483016', '03071790000523483741', '041441760228964', '000123450000000027'], ['9400111201080805483017', '568283610012732']],
    ['FedEx Express', (code: string) => isWeightedModValid(code, FEDEX_EXPRESS, 11), ['986578788855', '477179081230', '799531274483'], ['996578788855']],
    ['mod 7 (DHL Express, Yamato, Sagawa)', isMod7Valid, ['3318810025', '73891051146', '123456789013'], ['3318810010', '123456789014']],
    ['UPU S10', isS10Valid, ['RR123456785BR', 'EJ123456785JP'], ['RR123456784BR']],
    ['CPF', isCpfValid, ['52998224725', '11144477735'], ['52998224726', '11111111111', '123']],
    ['CNPJ (numeric and alphanumeric)', isCnpjValid, ['11222333000181', '12ABC34501DE35'], ['11222333000182', '00000000000000']],
    ['CURP', isCurpValid, ['HEGG560427MVZRRL04', 'BEML920313HCMLNS09'], ['HEGG560427MVZRRL05', 'SHORT']],
    ['RFC', isRfcValid, ['GODE561231GR8', 'SAT970701NN3'], ['GODE561231GR9', 'SAT970701NN4']],
  ] as const)('%s', (_name, check, valid, invalid) => {
    for (const code of valid) expect(check(code), code).toBe(true);
    for (const code of invalid) expect(check(code), code).toBe(false);
  });
});
