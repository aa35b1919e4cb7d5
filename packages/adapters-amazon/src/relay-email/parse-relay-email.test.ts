import { readFile } from 'node:fs/promises';
import { messageSchema } from '@lianxing/core';
import { describe, expect, it } from 'vitest';
import { parseRelayEmail } from './parse-relay-email.js';

const fixture = (name: string): Promise<Buffer> => readFile(new URL(`../__fixtures__/${name}`, import.meta.url));

describe('parseRelayEmail', () => {
  it.each([
    ['amazon-relay-en-question.eml', 'en', 'amazon.com', '114-3941689-8772232', 'Jordan Ellis', 'Hi, I ordered the black ceramic mug on March 1st and it still says "preparing for shipment".\nWhere is my package? I need it before Friday – it\'s a birthday present.'],
    ['amazon-relay-es-reply.eml', 'es', 'amazon.es', '402-5512873-1104921', 'Lucía Romero', 'Hola, el paquete llegó pero la taza está rota. Quiero que me devuelvan el dinero, por favor.'],
    ['amazon-relay-pt-cancel.eml', 'pt', 'amazon.com.br', '701-2233445-5667788', 'Ana Souza', 'Boa tarde! Quero cancelar o pedido, comprei a cor errada.\nAinda não foi enviado, certo?'],
    ['amazon-relay-ja-shipping.eml', 'ja', 'amazon.co.jp', '250-1234567-7654321', '佐藤 花子', 'ご担当者様\n\n注文した商品がまだ届いていません。いつ発送されますか？\n至急確認をお願いします。'],
    ['amazon-relay-de-attachment.eml', 'de', 'amazon.de', '302-9988776-6554433', 'Jonas Weber', 'Hallo,\n\ndie Tasse kam mit einem Sprung an, siehe Foto im Anhang. Können Sie mir Ersatz schicken?'],
    ['amazon-relay-fr-html.eml', 'fr', 'amazon.fr', '171-4455667-7889900', 'Camille Martin', 'Bonjour,\nJe voudrais retourner l\'article, il ne me convient pas. Comment faire ?'],
    ['amazon-relay-zh-outlook.eml', 'zh', 'amazon.cn', '801-3344556-6778899', '王伟', '你好，我收到的尺寸不对，能换一个大号的吗？'],
    ['amazon-relay-en-outlook.eml', 'en', 'amazon.co.uk', '203-1112223-3344455', 'Sam Taylor', 'Thanks for the quick answer! Could you also add a gift note?'],
  ])('%s: the buyer\'s own words, order id, relay address, site and language', async (name, language, site, orderId, buyer, text) => {
    const parsed = await parseRelayEmail(await fixture(name));
    expect(parsed.message.text).toBe(text);
    expect(parsed.language.code).toBe(language);
    expect(parsed.orderId).toBe(orderId);
    expect(parsed.message).toMatchObject({ marketplace: 'amazon', site, orderId, direction: 'inbound', sender: { role: 'buyer', name: buyer, id: parsed.relayAddress } });
    expect(parsed.relayAddress).toMatch(/@marketplace\.amazon\./);
    expect(parsed.message.conversationId).toBe(`${orderId}/${parsed.relayAddress}`);
    expect(messageSchema.safeParse(parsed.message).success).toBe(true);
    // Quoted history and Amazon's footer are gone from the text but kept in fullText.
    expect(parsed.message.text).not.toMatch(/casaluna-shop|Amazon\.com, Inc|wrote:|escribió|escreveu|schrieb|原始邮件|^>/m);
    expect(parsed.fullText.length).toBeGreaterThan(parsed.message.text.length);
  });

  it('keeps the Message-ID as a stable id, the Date as createdAt, Content-Language as locale', async () => {
    const parsed = await parseRelayEmail(await fixture('amazon-relay-de-attachment.eml'));
    expect(parsed.message).toMatchObject({ id: 'de-defect-0005@marketplace.amazon.de', createdAt: '2026-03-06T13:45:10.000Z', locale: 'de-DE' });
    const ja = await parseRelayEmail(await fixture('amazon-relay-ja-shipping.eml'));
    expect(ja.message.createdAt).toBe('2026-03-04T23:00:00.000Z');
    expect(ja.message.locale).toBeUndefined();
  });

  it('gives an e-mail without Message-ID a content hash id, the same on every parse', async () => {
    const raw = await fixture('amazon-relay-en-outlook.eml');
    const [first, second] = await Promise.all([parseRelayEmail(raw), parseRelayEmail(raw.toString('utf8'))]);
    expect(first.message.id).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(second.message.id).toBe(first.message.id);
  });

  it('lists attachments as metadata in the Message and bytes in the result', async () => {
    const parsed = await parseRelayEmail(await fixture('amazon-relay-de-attachment.eml'));
    expect(parsed.message.attachments).toEqual([{ id: expect.stringMatching(/^sha256:/), name: 'sprung.jpg', mimeType: 'image/jpeg', size: 67 }]);
    expect(Array.from(parsed.attachments[0]!.content.slice(0, 3))).toEqual([0xff, 0xd8, 0xff]);
  });

  it('rejects what is not a relay e-mail with an InputError, never a crash', async () => {
    await expect(parseRelayEmail(await fixture('amazon-not-relay.eml'))).rejects.toMatchObject({ name: 'InputError', field: 'from' });
    await expect(parseRelayEmail('')).rejects.toMatchObject({ name: 'InputError' });
    await expect(parseRelayEmail('garbage without headers')).rejects.toMatchObject({ name: 'InputError' });
    await expect(parseRelayEmail(42 as never)).rejects.toMatchObject({ name: 'InputError', field: 'raw' });
  });
});
