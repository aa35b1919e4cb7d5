import { describe, expect, it } from 'vitest';
import { stripQuotedText } from './strip-quoted-text.js';

describe('stripQuotedText', () => {
  it.each([
    ['en', 'Where is it?\n\nOn Mon, Mar 2, 2026 at 9:14 AM Shop <a@shop.example> wrote:\n> Shipped!', 'Where is it?'],
    ['en, header wrapped', 'Where is it?\n\nOn Mon, Mar 2, 2026 at 9:14 AM Casa Luna <\norders@shop.example> wrote:\n> Shipped!', 'Where is it?'],
    ['es', '¿Dónde está?\n\nEl lun, 2 mar 2026 a las 9:14, Tienda <a@b.example> escribió:\n> Enviado', '¿Dónde está?'],
    ['pt', 'Cadê?\n\nEm seg., 2 de mar. de 2026 às 09:14, Loja <a@b.example> escreveu:\n> Enviado', 'Cadê?'],
    ['fr', 'Où est-il ?\n\nLe lun. 2 mars 2026 à 09:14, Boutique <a@b.example> a écrit :\n> Expédié', 'Où est-il ?'],
    ['de', 'Wo ist es?\n\nAm Mo., 2. März 2026 um 09:14 Uhr schrieb Laden <a@b.example>:\n> Versandt', 'Wo ist es?'],
    ['de, no time', 'Wo ist es?\nAm 02.03.2026 schrieb Laden:\n> Versandt', 'Wo ist es?'],
    ['ja', 'どこですか？\n\n2026年3月2日(月) 9:14 ストア <a@b.example>:\n> 発送しました', 'どこですか？'],
    ['zh', '在哪里？\n\n在 2026年3月2日 09:14，店铺 <a@b.example> 写道：\n> 已发货', '在哪里？'],
    ['outlook separator', 'Refund please\n\n-----Original Message-----\nFrom: Shop\nSent: Monday', 'Refund please'],
    ['outlook block', 'Refund please\n\nDe: Tienda <a@b.example>\nEnviado: lunes, 2 de marzo de 2026 9:14\nPara: Ana', 'Refund please'],
    ['signature delimiter', 'Refund please\n-- \nAna Souza\nCEO', 'Refund please'],
    ['mobile signature', 'Refund please\n\nVon meinem iPhone gesendet', 'Refund please'],
    ['amazon markers and footer', 'Header\n------------- Begin message -------------\n\nHello, broken item\n\n------------- End message -------------\nOrder ID: 111-1111111-1111111', 'Hello, broken item'],
    ['amazon footer without markers', 'Is it in stock?\n\nWas this email helpful?\nCopyright 2026 Amazon.com, Inc.', 'Is it in stock?'],
    ['trailing quote without header', 'Yes please\n\n> Shall we send a new one?', 'Yes please'],
    ['closing and name', 'Where is my order?\n\nBest regards,\nSam Taylor', 'Where is my order?'],
  ])('%s', (_name, input, expected) => {
    expect(stripQuotedText(input)).toBe(expected);
  });

  it('keeps a message that only looks like history rather than return nothing', () => {
    expect(stripQuotedText('> only a quote\n> nothing else')).toBe('> only a quote\n> nothing else');
    expect(stripQuotedText('   ')).toBe('');
  });

  it('does not cut ordinary sentences that merely contain the words', () => {
    const text = 'On Monday my neighbour wrote me that the parcel was at her door. Thanks for checking!';
    expect(stripQuotedText(text)).toBe(text);
  });

  it('cuts at patterns you add', () => {
    expect(stripQuotedText('Hi\nACME Corp confidential notice', { cutAt: [/^ACME Corp/] })).toBe('Hi');
  });
});
