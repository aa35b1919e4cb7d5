import { describe, expect, it } from 'vitest';
import { inferChineseScript } from './infer-chinese-script.js';
import { localeChain, normalizeLocale } from './locale-chain.js';
import { matchLocale } from './locale-match.js';
import { regionOfSite, resolveBuyerLocale } from './resolve-buyer-locale.js';

describe('localeChain', () => {
  it.each([
    ['es-MX', 'es', ['es-MX', 'es', 'en']],
    ['pt-BR', 'pt', ['pt-BR', 'pt', 'en']],
    ['zh-TW', 'zh', ['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh', 'en']],
    ['zh-Hant', 'zh', ['zh-Hant', 'zh', 'en']],
    ['zh-CN', 'zh', ['zh-CN', 'zh', 'en']],
    ['ja_JP', 'ja', ['ja-JP', 'ja', 'en']],
    [undefined, 'th', ['th', 'en']],
    [undefined, 'und', ['en']],
    ['not a tag!', 'de', ['de', 'en']],
    ['es-MX', 'en', ['en-MX', 'en', 'es-MX', 'es']],
  ] as const)('%s written in %s → %j', (locale, language, chain) => {
    expect(localeChain(locale, language)).toEqual(chain);
  });
});

describe('normalizeLocale', () => {
  it('canonicalizes and drops a language\'s usual script', () => {
    expect(normalizeLocale('zh_hant_tw')).toBe('zh-Hant-TW');
    expect(normalizeLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(normalizeLocale('es-Latn-MX')).toBe('es-MX');
    expect(normalizeLocale('en-US-u-ca-buddhist')).toBe('en-US');
    expect(normalizeLocale('bad tag')).toBeUndefined();
  });
});

describe('matchLocale', () => {
  const chain = localeChain('es-MX', 'es');
  it('scores each fallback step below the one before', () => {
    const scores = ['es-MX', 'es', 'es-ES', 'en'].map((locale) => matchLocale(locale, chain, 'es')?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
    expect(matchLocale('fr', chain, 'es')).toBeUndefined();
  });
});

describe('resolveBuyerLocale', () => {
  it('takes the given locale, else the site\'s country, else the Chinese script of the text', () => {
    expect(resolveBuyerLocale({ locale: 'pt_BR', language: 'pt' })).toBe('pt-BR');
    expect(resolveBuyerLocale({ language: 'es', site: 'MLM' })).toBe('es-MX');
    expect(resolveBuyerLocale({ language: 'pt', site: 'amazon.com.br' })).toBe('pt-BR');
    expect(resolveBuyerLocale({ language: 'ja', site: 'amazon.co.jp' })).toBe('ja-JP');
    expect(resolveBuyerLocale({ language: 'zh', text: '請問可以開發票嗎？' })).toBe('zh-Hant');
    expect(resolveBuyerLocale({ language: 'zh', text: '请问可以开发票吗？' })).toBeUndefined();
    expect(resolveBuyerLocale({ language: 'de' })).toBeUndefined();
  });

  it('reads marketplace sites', () => {
    expect(regionOfSite('MLB')).toBe('BR');
    expect(regionOfSite('https://www.amazon.co.uk/gp')).toBe('GB');
    expect(regionOfSite('shopee.co.th')).toBe('TH');
    expect(regionOfSite('amazon.com')).toBe('US');
    expect(regionOfSite('mx')).toBe('MX');
    expect(regionOfSite('nowhere')).toBeUndefined();
  });
});

describe('inferChineseScript', () => {
  it('tells Traditional from Simplified by the characters that differ', () => {
    expect(inferChineseScript('我的訂單什麼時候發貨？')).toBe('Hant');
    expect(inferChineseScript('我的订单什么时候发货？')).toBe('Hans');
    expect(inferChineseScript('你好')).toBeUndefined();
  });
});
