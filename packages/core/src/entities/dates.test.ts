import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages.js';
import { extractEntities } from '../stages/extract-entities.js';
import { COUNTED_OFFSETS, COUNTED_UNITS } from './date-words.js';

/** Monday 2 March 2026, 23:30 in Mexico City (already 3 March in UTC). */
const MONDAY = '2026-03-02T23:30:00-06:00';

const dates = (text: string, language: LanguageCode, referenceDate: string = MONDAY, country?: string) =>
  extractEntities(text, { language, referenceDate, types: ['date'], ...(country ? { country } : {}) }).map((entity) => `${entity.text}=${entity.value}`);

describe('dates relative to the message day, in the nine languages', () => {
  it.each([
    ['en', 'can it arrive tomorrow or the day after tomorrow? it was due yesterday', ['tomorrow=2026-03-03', 'the day after tomorrow=2026-03-04', 'yesterday=2026-03-01']],
    ['es', '¿llega mañana o pasado mañana? ayer no llegó', ['mañana=2026-03-03', 'pasado mañana=2026-03-04', 'ayer=2026-03-01']],
    ['pt', 'chega amanhã ou depois de amanhã? ontem não chegou', ['amanhã=2026-03-03', 'depois de amanhã=2026-03-04', 'ontem=2026-03-01']],
    ['fr', 'livré demain ou après-demain ? hier rien', ['demain=2026-03-03', 'après-demain=2026-03-04', 'hier=2026-03-01']],
    ['de', 'kommt es morgen oder übermorgen? gestern nicht', ['morgen=2026-03-03', 'übermorgen=2026-03-04', 'gestern=2026-03-01']],
    ['ja', '明日か明後日に届きますか？昨日は来なかった', ['明日=2026-03-03', '明後日=2026-03-04', '昨日=2026-03-01']],
    ['zh', '明天还是后天到？昨天没到', ['明天=2026-03-03', '后天=2026-03-04', '昨天=2026-03-01']],
    ['id', 'besok atau lusa sampai? kemarin belum', ['besok=2026-03-03', 'lusa=2026-03-04', 'kemarin=2026-03-01']],
    ['th', 'พรุ่งนี้หรือมะรืนนี้ถึงไหม เมื่อวานยังไม่ได้', ['พรุ่งนี้=2026-03-03', 'มะรืนนี้=2026-03-04', 'เมื่อวาน=2026-03-01']],
  ] as const)('%s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });

  it.each([
    ['en', 'next Friday, or Friday next week', ['next Friday=2026-03-06', 'Friday next week=2026-03-13']],
    ['en', 'last Friday and this Wednesday', ['last Friday=2026-02-27', 'this Wednesday=2026-03-04']],
    ['es', 'el próximo viernes o el viernes pasado', ['el próximo viernes=2026-03-06', 'el viernes pasado=2026-02-27']],
    ['pt', 'na próxima sexta', ['na próxima sexta=2026-03-06']],
    ['fr', 'vendredi prochain', ['vendredi prochain=2026-03-06']],
    ['de', 'nächsten Freitag', ['nächsten Freitag=2026-03-06']],
    ['ja', '来週の金曜日か今週の金曜', ['来週の金曜日=2026-03-13', '今週の金曜=2026-03-06']],
    ['zh', '下周五还是这周五，上周五', ['下周五=2026-03-13', '这周五=2026-03-06', '上周五=2026-02-27']],
    ['id', 'Jumat depan', ['Jumat depan=2026-03-06']],
    ['th', 'วันศุกร์หน้า', ['วันศุกร์หน้า=2026-03-06']],
  ] as const)('weekdays: %s %s', (language, text, expected) => {
    expect(dates(text, language)).toEqual(expected);
  });

  it('reads a bare weekday in a past-tense sentence as the last one; Black Friday and French "mon" are no dates', () => {
    expect(dates('I ordered on Monday', 'en', '2026-03-04T10:00:00Z')).toEqual(['on Monday=2026-03-02']);
    expect(dates('compré el lunes', 'es', '2026-03-04T10:00:00Z')).toEqual(['el lunes=2026-03-02']);
    expect(dates('commandé lundi', 'fr', '2026-03-04T10:00:00Z')).toEqual(['lundi=2026-03-02']);
    expect(dates('สั่งไปเมื่อวันจันทร์', 'th', '2026-03-04T10:00:00Z')).toEqual(['เมื่อวันจันทร์=2026-03-02']);
    expect(dates('need it by friday', 'en', '2026-03-04T10:00:00Z')).toEqual(['friday=2026-03-06']);
    expect(dates('Black Friday price? mon colis', 'fr')).toEqual([]);
  });

  it('counts days and weeks forwards and back', () => {
    expect(dates('in 3 days, 2 weeks ago', 'en')).toEqual(['in 3 days=2026-03-05', '2 weeks ago=2026-02-16']);
    expect(dates('dentro de 3 días, hace 2 días', 'es')).toEqual(['dentro de 3 días=2026-03-05', 'hace 2 días=2026-02-28']);
    expect(dates('3日後、3日前', 'ja')).toEqual(['3日後=2026-03-05', '3日前=2026-02-27']);
    expect(dates('3天后', 'zh')).toEqual(['3天后=2026-03-05']);
    expect(dates('3 hari lagi', 'id')).toEqual(['3 hari lagi=2026-03-05']);
    expect(dates('อีก 3 วัน', 'th')).toEqual(['อีก 3 วัน=2026-03-05']);
  });

  it('keeps the writer\'s own calendar day from an ISO timestamp, or reads a Date in a time zone', () => {
    expect(dates('tomorrow', 'en', '2026-03-02T23:30:00-06:00')).toEqual(['tomorrow=2026-03-03']);
    expect(extractEntities('tomorrow', { referenceDate: new Date('2026-03-03T05:30:00Z'), timeZone: 'America/Mexico_City' })[0]?.value).toBe('2026-03-03');
    expect(extractEntities('tomorrow', { referenceDate: new Date('2026-03-03T05:30:00Z') })[0]?.value).toBe('2026-03-04');
  });
});

describe('absolute dates', () => {
  it.each([
    ['en', 'due 2026-03-15', '2026-03-15'],
    ['en', 'ships 3/15', '2026-03-15'],
    ['es', 'llega el 15/03', '2026-03-15'],
    ['es', 'el 03/04/2026', '2026-04-03'],
    ['de', 'am 15.03.2026', '2026-03-15'],
    ['de', 'am 15.03. bitte', '2026-03-15'],
    ['ja', '3月15日に届きます', '2026-03-15'],
    ['ja', '２０２６年３月１５日', '2026-03-15'],
    ['zh', '3月15号', '2026-03-15'],
    ['es', '15 de marzo de 2026', '2026-03-15'],
    ['pt', '15 de março', '2026-03-15'],
    ['fr', 'le 15 mars', '2026-03-15'],
    ['de', 'bis 15. März', '2026-03-15'],
    ['en', 'March 15th, 2026', '2026-03-15'],
    ['id', '15 Maret 2026', '2026-03-15'],
    ['th', '15 มีนาคม 2569', '2026-03-15'],
  ] as const)('%s: %s', (language, text, value) => {
    expect(extractEntities(text, { language, referenceDate: MONDAY, types: ['date'] }).map((entity) => entity.value)).toEqual([value]);
  });

  it('puts a date without a year in the year nearest the message', () => {
    expect(extractEntities('llegó el 28/12', { language: 'es', referenceDate: '2026-01-05T10:00:00Z' })[0]?.value).toBe('2025-12-28');
    expect(extractEntities('llega el 3/1', { language: 'es', referenceDate: '2025-12-20T10:00:00Z' }).map((entity) => entity.value)).toEqual([]);
    expect(extractEntities('llega el 03/01', { language: 'es', referenceDate: '2025-12-20T10:00:00Z' })[0]?.value).toBe('2026-01-03');
  });

  it('reads M/D in the United States and D/M elsewhere, and rejects impossible dates', () => {
    expect(dates('on 04/03', 'en', MONDAY, 'US')).toEqual(['04/03=2026-04-03']);
    expect(dates('on 04/03', 'en', MONDAY, 'GB')).toEqual(['04/03=2026-03-04']);
    expect(dates('31/02/2026 or 2026-02-30', 'es')).toEqual([]);
  });
});

describe('COUNTED_UNITS, the prefilter of counted dates', () => {
  const forms = COUNTED_OFFSETS.map(([source]) => new RegExp(source, 'iu'));
  const pieces = ['in ', 'en ', 'dentro de ', 'hace ', 'em ', 'daqui a ', 'há ', 'ha ', 'dans ', 'il y a ', 'vor ', 'dalam ', 'อีก', 'อีก ', '3', '12', ' ',
    'days', 'DAY', ' ago', 'weeks', 'días', 'dias', 'DÍAS', 'semanas', ' atrás', 'jours', 'tagen', 'Wochen', '日後', '日前', '週間後', '天后', '天前', '个星期后', '周後',
    ' hari lagi', ' hari yang lalu', 'วัน', 'วันที่แล้ว', 'สัปดาห์', 'อาทิตย์', 'ſ', 'K', 'x'];
  it('finds a unit word in every text that holds a counted form', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
      if (forms.some((form) => form.test(text))) expect(COUNTED_UNITS.test(text)).toBe(true);
    }), { numRuns: 3000 });
  });
  it.each(['in 3 days', '2 WEEKS AGO', 'hace 2 días', 'em 3 dias', 'il y a 4 jours', 'vor 2 Tagen', '3日後', '2週間前', '3天后', '2个星期后', '3 hari lagi', 'อีก 3 วัน', 'อีก 2 สัปดาห์'])('%s', (text) => {
    expect(forms.some((form) => form.test(text))).toBe(true);
    expect(COUNTED_UNITS.test(text)).toBe(true);
  });
});
