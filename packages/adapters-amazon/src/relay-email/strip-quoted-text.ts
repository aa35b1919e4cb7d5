/** Options of {@link stripQuotedText}. */
export interface StripQuotedTextOptions {
  /** More lines at which the buyer's text ends (your own signature, another footer), tested on trimmed lines. */
  readonly cutAt?: readonly RegExp[];
}

/**
 * Lines that introduce quoted history, in the languages buyers write. Each is tested against a trimmed line,
 * and against a line joined with the next one, since mail clients wrap long headers.
 */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On\b.{4,}\bwrote:$/i, // en
  /^El\b.{4,}\bescribi[óo]:$/i, // es
  /^Em\b.{4,}\bescreveu:$/i, // pt
  /^Le\b.{4,}\ba [ée]crit\s?:$/i, // fr
  /^Am\b.{4,}\bschrieb\b.*:$/i, // de
  /^Il\b.{4,}\bha scritto:$/i, // it
  /^Op\b.{4,}\bschreef\b.*:$/i, // nl
  /^Pada\b.{4,}\bmenulis:$/i, // id
  /^เมื่อ.{4,}เขียนว่า:?$/, // th
  /^\d{4}年\d{1,2}月\d{1,2}日.*[:：]$/, // ja: 2026年3月2日(月) 9:14 Shop <…>:
  /^.{2,}(?:さんは書きました|のメッセージ)[:：]$/, // ja
  /^在.{4,}写道[:：]$/, // zh-Hans
  /^.{2,}于.{4,}写道[:：]$/, // zh-Hans
  /^.{2,}於.{4,}寫道[:：]$/, // zh-Hant
];

/** Separators that Outlook, Apple Mail and webmails put above a forwarded or original message. */
const SEPARATORS: readonly RegExp[] = [
  /^-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Mensaje reenviado|Mensagem original|Mensagem encaminhada|Message d'origine|Message transféré|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Messaggio originale|Oorspronkelijk bericht|Pesan Asli|元のメッセージ|転送されたメッセージ|原始邮件|原始郵件|转发的邮件)\s*-{2,}$/i,
  /^_{10,}$/,
];

/** The first line of an Outlook-style header block ("From: …" then "Sent: …"). */
const HEADER_FROM = /^\*?(?:From|De|Von|Van|Da|Dari|差出人|发件人|寄件者|送信者)\s*[:：]/i;
const HEADER_NEXT = /^\*?(?:Sent|Date|Enviado|Enviada|Fecha|Data|Gesendet|Datum|Envoyé|Inviato|Verzonden|Tanggal|送信日時|日時|发送时间|發送時間|日期|To|Para|À|An|Aan|Kepada|宛先|收件人)\s*[:：]/i;

/** Mobile-client signatures; the line and anything after it are dropped. */
const MOBILE_SIGNATURES: readonly RegExp[] = [
  /^Sent from my\b/i,
  /^Enviado desde mi\b/i,
  /^Enviado do meu\b/i,
  /^Envoy[ée] de mon\b/i,
  /^Von meinem\b.*\bgesendet$/i,
  /^Gesendet von meinem\b/i,
  /^Inviato da\b/i,
  /^Dikirim dari\b/i,
  /^.{0,20}から送信$/,
  /^发自我的/,
  /^從我的.*傳送$/,
];

/**
 * Amazon's own boilerplate around a relayed message (footers, "was this helpful", copyright, order summary).
 * The relay format is not documented, so these follow the relay e-mails sellers see; extend them with `cutAt`.
 */
const AMAZON_FOOTERS: readonly RegExp[] = [
  /^For Your Information:/i,
  /^Was this email helpful\??$/i,
  /^(?:Copyright|©)\s*(?:\d{4}[-–]?)*\s*Amazon/i,
  /^©\s*\d{4}\s+Amazon/i,
  /^¿(?:Te ha|Le ha) resultado útil este (?:correo|e-mail|mensaje)\??$/i,
  /^Este e-?mail (?:foi|te foi) útil\??$/i,
  /^War diese E-Mail hilfreich\??$/i,
  /^Cet e-mail vous a-t-il été utile\s?\??$/i,
  /^Questa e-mail ti è stata utile\??$/i,
  /^このメールは(?:役に立ちましたか|お役に立ちましたか)[?？]?$/,
  /^此邮件(?:对您)?有帮助吗[?？]?$/,
  /^(?:Order ID|Número de pedido|N\.º de pedido|Número do pedido|Numéro de commande|Bestellnummer|Numero ordine|注文番号|订单编号|訂單編號)\s*[:：#]/i,
];

/** Closing words that, with a name after them, end a message ("Thanks,\nJordan"). */
const VALEDICTION = /^(?:thanks|many thanks|thank you|thx|best|best regards|kind regards|regards|cheers|saludos|un saludo|muchas gracias|gracias|atentamente|obrigad[oa]|atenciosamente|abraços|att|cordialement|bien à vous|merci(?: beaucoup)?|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|beste grüße|grüße|danke|lg|mfg|salam|terima kasih|ขอบคุณ(?:ครับ|ค่ะ)?|谢谢|謝謝)[\s,.!]*$/i;

/** Drops a closing ("Best regards,") and up to two short lines after it (a name) at the end. */
function dropValediction(lines: string[]): string[] {
  const filled = lines.map((line, index) => ({ line: line.trim(), index })).filter((entry) => entry.line !== '');
  for (let back = 1; back <= Math.min(3, filled.length - 1); back++) {
    const candidate = filled[filled.length - back]!;
    const after = filled.slice(filled.length - back + 1);
    if (VALEDICTION.test(candidate.line) && after.every((entry) => entry.line.length <= 40)) return lines.slice(0, candidate.index);
  }
  return lines;
}

/** A line of Amazon's "------------- Begin message -------------" kind, in any language. */
const MARKER = /^-{5,}\s*[^-\s][^-]*?\s*-{5,}$/;

function firstMatch(lines: readonly string[], test: (line: string, index: number) => boolean, from = 0): number {
  for (let index = from; index < lines.length; index++) if (test(lines[index]!.trim(), index)) return index;
  return -1;
}

function isQuoteHeader(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (QUOTE_HEADERS.some((pattern) => pattern.test(line))) return true;
  const next = lines[index + 1]?.trim();
  return next !== undefined && next !== '' && line !== '' && QUOTE_HEADERS.some((pattern) => pattern.test(`${line} ${next}`) || pattern.test(`${line}${next}`));
}

/**
 * Keeps only what the buyer wrote in a relayed e-mail: the text between Amazon's begin/end markers when they are
 * there; then everything from the first quoted-history header ("On … wrote:", "El … escribió:",
 * "Em … escreveu:", "Le … a écrit :", "Am … schrieb …:", "2026年3月2日 … :", "在 … 写道：", Outlook blocks,
 * "-----Original Message-----"), signature ("-- "), mobile signature or Amazon footer on is dropped, as are
 * trailing `>`-quoted lines and a closing with a name ("Thanks,\nJordan"). Never returns less than nothing: when cutting would leave no text, the first
 * non-empty block is kept.
 * @example
 * stripQuotedText('Where is it?\n\nOn Mon, Mar 2, 2026 at 9:14 AM Shop <a@b.c> wrote:\n> Shipped!'); // 'Where is it?'
 */
export function stripQuotedText(text: string, options: StripQuotedTextOptions = {}): string {
  let lines = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');

  const begin = firstMatch(lines, (line) => MARKER.test(line));
  if (begin >= 0) {
    const end = firstMatch(lines, (line) => MARKER.test(line), begin + 1);
    lines = lines.slice(begin + 1, end >= 0 ? end : undefined);
  }

  const cuts = [...MOBILE_SIGNATURES, ...AMAZON_FOOTERS, ...SEPARATORS, ...(options.cutAt ?? [])];
  const cut = firstMatch(lines, (line, index) =>
    line === '--' || lines[index] === '-- ' || isQuoteHeader(lines, index) || cuts.some((pattern) => pattern.test(line))
    || (HEADER_FROM.test(line) && lines.slice(index + 1, index + 5).some((next) => HEADER_NEXT.test(next.trim()))),
  );
  let kept = cut >= 0 ? lines.slice(0, cut) : lines;
  // Trailing quoted lines (a reply typed above a quote with no header line).
  let end = kept.length;
  while (end > 0 && (kept[end - 1]!.trim() === '' || kept[end - 1]!.trimStart().startsWith('>'))) end--;
  kept = dropValediction(kept.slice(0, end));

  const result = kept.map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (result !== '' || text.trim() === '') return result;
  // Everything looked like history: keep the first paragraph rather than lose the message.
  return text.trim().split(/\n\s*\n/)[0]!.trim();
}
