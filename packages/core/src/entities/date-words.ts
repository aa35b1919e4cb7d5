/**
 * Date words of the nine languages: day words relative to today, weekday and month names, and the modifiers
 * that point a weekday forwards or back. Matching folds case; Thai and CJK words match as written.
 */

/** Words for a day counted from today, by offset in days. */
export const RELATIVE_DAY_WORDS: readonly (readonly [word: string, offset: number])[] = [
  // en
  ['the day after tomorrow', 2], ['day after tomorrow', 2], ['the day before yesterday', -2], ['day before yesterday', -2],
  ['today', 0], ['tonight', 0], ['tomorrow', 1], ['tmrw', 1], ['yesterday', -1],
  // es
  ['pasado mañana', 2], ['pasado manana', 2], ['antes de ayer', -2], ['anteayer', -2], ['antier', -2], ['hoy', 0], ['mañana', 1], ['manana', 1], ['ayer', -1],
  // pt
  ['depois de amanhã', 2], ['depois de amanha', 2], ['anteontem', -2], ['hoje', 0], ['amanhã', 1], ['amanha', 1], ['ontem', -1],
  // fr
  ["aujourd'hui", 0], ['aujourd’hui', 0], ['après-demain', 2], ['apres-demain', 2], ['avant-hier', -2], ['demain', 1], ['hier', -1],
  // de
  ['übermorgen', 2], ['uebermorgen', 2], ['vorgestern', -2], ['heute', 0], ['morgen', 1], ['gestern', -1],
  // ja
  ['明後日', 2], ['あさって', 2], ['一昨日', -2], ['おととい', -2], ['今日', 0], ['きょう', 0], ['本日', 0], ['明日', 1], ['あした', 1], ['昨日', -1], ['きのう', -1],
  // zh
  ['大后天', 3], ['大後天', 3], ['后天', 2], ['後天', 2], ['前天', -2], ['今天', 0], ['明天', 1], ['昨天', -1],
  // id
  ['kemarin lusa', -2], ['hari ini', 0], ['besok', 1], ['lusa', 2], ['kemarin', -1],
  // th
  ['เมื่อวานซืน', -2], ['มะรืนนี้', 2], ['มะรืน', 2], ['วันนี้', 0], ['พรุ่งนี้', 1], ['เมื่อวานนี้', -1], ['เมื่อวาน', -1],
];

/**
 * Words before a day word that make it something else: "la mañana" / "por la mañana" is the morning, "guten
 * Morgen" / "am Morgen" a greeting or the morning.
 */
export const NOT_A_DAY_BEFORE = /(?:\b(?:la|esta|una|cada|de|por|las|toda|en)\s|\b(?:guten|am|jeden|heute|gestern|diesen|den|einen|schönen|schoenen|e?inen)\s)$/i;

/** Weekday names, Monday first. No English abbreviations: `mon` is French for "my". */
export const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['monday', 'lunes', 'segunda-feira', 'lundi', 'montag', 'senin', 'วันจันทร์', 'จันทร์', '月曜日', '月曜', '星期一', '礼拜一', '禮拜一', '周一', '週一'],
  ['tuesday', 'martes', 'terça-feira', 'terça', 'terca', 'mardi', 'dienstag', 'selasa', 'วันอังคาร', 'อังคาร', '火曜日', '火曜', '星期二', '礼拜二', '禮拜二', '周二', '週二'],
  ['wednesday', 'miércoles', 'miercoles', 'quarta-feira', 'mercredi', 'mittwoch', 'rabu', 'วันพุธ', 'พุธ', '水曜日', '水曜', '星期三', '礼拜三', '禮拜三', '周三', '週三'],
  ['thursday', 'jueves', 'quinta-feira', 'jeudi', 'donnerstag', 'kamis', 'วันพฤหัสบดี', 'วันพฤหัส', 'พฤหัส', '木曜日', '木曜', '星期四', '礼拜四', '禮拜四', '周四', '週四'],
  ['friday', 'viernes', 'sexta-feira', 'sexta', 'vendredi', 'freitag', 'jumat', "jum'at", 'วันศุกร์', 'ศุกร์', '金曜日', '金曜', '星期五', '礼拜五', '禮拜五', '周五', '週五'],
  ['saturday', 'sábado', 'sabado', 'samedi', 'samstag', 'sonnabend', 'sabtu', 'วันเสาร์', 'เสาร์', '土曜日', '土曜', '星期六', '礼拜六', '禮拜六', '周六', '週六'],
  ['sunday', 'domingo', 'dimanche', 'sonntag', 'hari minggu', 'วันอาทิตย์', '日曜日', '日曜', '星期日', '星期天', '礼拜天', '禮拜天', '礼拜日', '周日', '週日'],
];

/** Words that, around a weekday, point to the next, this or last one, or to a day of next, this or last week. */
export const WEEKDAY_MODIFIERS = {
  nextBefore: ['next', 'el próximo', 'el proximo', 'próximo', 'proximo', 'la próxima', 'na próxima', 'na proxima', 'próxima', 'proxima', 'nächsten', 'nächster', 'nächste', 'naechsten', 'kommenden', 'kommender'],
  nextAfter: ['que viene', 'próximo', 'proximo', 'que vem', 'prochain', 'prochaine', 'depan', 'หน้า'],
  nextWeekAfter: ['next week', 'la semana que viene', 'de la próxima semana', 'da semana que vem', 'da próxima semana', 'de la semaine prochaine', 'nächste woche', 'minggu depan'],
  thisBefore: ['this', 'coming', 'this coming', 'este', 'esta', 'nesta', 'neste', 'essa', 'ce', 'cette', 'diesen', 'dieser', 'diese', 'on', 'el', 'na', 'no', 'le', 'am', 'hari'],
  thisAfter: ['ini', 'นี้'],
  lastBefore: ['last', 'el pasado', 'letzten', 'letzter', 'vergangenen', 'since', 'desde el', 'desde', 'depuis', 'seit', 'sejak', 'dari hari', 'เมื่อ', 'ตั้งแต่'],
  lastAfter: ['pasado', 'passado', 'passada', 'dernier', 'dernière', 'lalu', 'kemarin', 'ที่แล้ว', 'ที่ผ่านมา'],
  nextWeekBefore: ['来週の', '来週', '下个', '下個', '下', 'next week', 'nächste woche', 'la semana que viene el', 'la próxima semana el', 'la semana próxima el', 'semana que vem na', 'la semaine prochaine', 'minggu depan hari', 'minggu depan', 'สัปดาห์หน้า', 'อาทิตย์หน้า'],
  thisWeekBefore: ['今週の', '今週', '这个', '這個', '这', '這', '本', 'this week', 'diese woche', 'esta semana el', 'esta semana na', 'cette semaine', 'minggu ini hari', 'minggu ini', 'สัปดาห์นี้'],
  lastWeekBefore: ['先週の', '先週', '上个', '上個', '上', 'last week', 'letzte woche', 'la semana pasada el', 'semana passada na', 'la semaine dernière', 'minggu lalu hari', 'minggu lalu', 'สัปดาห์ที่แล้ว'],
} as const;

/** Month names and English abbreviations, January first. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'janeiro', 'janvier', 'januar', 'jänner', 'januari', 'มกราคม', 'ม.ค.'],
  ['february', 'feb', 'febrero', 'fevereiro', 'février', 'fevrier', 'februar', 'februari', 'กุมภาพันธ์', 'ก.พ.'],
  ['march', 'mar', 'marzo', 'março', 'marco', 'mars', 'märz', 'maerz', 'maret', 'มีนาคม', 'มี.ค.'],
  ['april', 'apr', 'abril', 'avril', 'เมษายน', 'เม.ย.'],
  ['may', 'mayo', 'maio', 'mai', 'mei', 'พฤษภาคม', 'พ.ค.'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'มิถุนายน', 'มิ.ย.'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juli', 'กรกฎาคม', 'ก.ค.'],
  ['august', 'aug', 'agosto', 'août', 'aout', 'agustus', 'สิงหาคม', 'ส.ค.'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'setembro', 'septembre', 'กันยายน', 'ก.ย.'],
  ['october', 'oct', 'octubre', 'outubro', 'octobre', 'oktober', 'ตุลาคม', 'ต.ค.'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre', 'พฤศจิกายน', 'พ.ย.'],
  ['december', 'dec', 'diciembre', 'dezembro', 'décembre', 'decembre', 'dezember', 'desember', 'ธันวาคม', 'ธ.ค.'],
];

/** "In N days", "N days ago" and their units, as regular-expression sources with the count as group 1. */
export const COUNTED_OFFSETS: readonly (readonly [source: string, sign: 1 | -1, unitDays: number])[] = [
  [String.raw`\bin (\d{1,3}) days?\b`, 1, 1], [String.raw`\b(\d{1,3}) days? ago\b`, -1, 1],
  [String.raw`\bin (\d{1,2}) weeks?\b`, 1, 7], [String.raw`\b(\d{1,2}) weeks? ago\b`, -1, 7],
  [String.raw`\b(?:en|dentro de) (\d{1,3}) d[ií]as\b`, 1, 1], [String.raw`\bhace (\d{1,3}) d[ií]as\b`, -1, 1],
  [String.raw`\b(?:en|dentro de) (\d{1,2}) semanas\b`, 1, 7], [String.raw`\bhace (\d{1,2}) semanas\b`, -1, 7],
  [String.raw`\b(?:em|daqui a) (\d{1,3}) dias\b`, 1, 1], [String.raw`\b(?:há|ha) (\d{1,3}) dias\b`, -1, 1], [String.raw`\b(\d{1,3}) dias atr[aá]s\b`, -1, 1],
  [String.raw`\bdans (\d{1,3}) jours\b`, 1, 1], [String.raw`\bil y a (\d{1,3}) jours\b`, -1, 1],
  [String.raw`\bin (\d{1,3}) tagen\b`, 1, 1], [String.raw`\bvor (\d{1,3}) tagen\b`, -1, 1], [String.raw`\bin (\d{1,2}) wochen\b`, 1, 7], [String.raw`\bvor (\d{1,2}) wochen\b`, -1, 7],
  [String.raw`(\d{1,3})日後`, 1, 1], [String.raw`(\d{1,3})日前`, -1, 1], [String.raw`(\d{1,2})週間後`, 1, 7], [String.raw`(\d{1,2})週間前`, -1, 7],
  [String.raw`(\d{1,3})天[后後]`, 1, 1], [String.raw`(\d{1,3})天前`, -1, 1], [String.raw`(\d{1,2})[个個]?(?:星期|礼拜|禮拜|周|週)[后後]`, 1, 7],
  [String.raw`\b(\d{1,3}) hari lagi\b`, 1, 1], [String.raw`\bdalam (\d{1,3}) hari\b`, 1, 1], [String.raw`\b(\d{1,3}) hari (?:yang )?lalu\b`, -1, 1],
  [String.raw`อีก ?(\d{1,3}) ?วัน`, 1, 1], [String.raw`(\d{1,3}) ?วัน(?:ที่แล้ว|ก่อน)`, -1, 1], [String.raw`อีก ?(\d{1,2}) ?(?:สัปดาห์|อาทิตย์)`, 1, 7],
];

/**
 * The unit words of {@link COUNTED_OFFSETS}, one of which every counted form holds: text without any of them
 * holds no counted date, and is not searched for one.
 */
export const COUNTED_UNITS = /day|week|d[ií]a|semana|jour|tag|woche|hari|日|週|天|星期|礼拜|禮拜|周|วัน|สัปดาห์|อาทิตย์/iu;

/** English month names and abbreviations, which may also come before the day (`March 15th`). */
export const ENGLISH_MONTH_WORDS: readonly string[] = [
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug',
  'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec',
];

/**
 * Words around a bare weekday that put it in the past ("I ordered on Monday", "compré el lunes", "commandé
 * lundi"): then it is the last such day, not the next. One alternation per language family, read in a short
 * window on both sides.
 */
export const PAST_TENSE_NEAR_WEEKDAY = /(?<![A-Za-zÀ-ÿ])(?:ordered|bought|paid|purchased|shipped|sent|was|were|came|arrived|placed|did|compr[ée]|ped[íi]|pagu[ée]|hice|lleg[óo]|enviaron|mand[ée]|orden[ée]|fue|comprei|paguei|fiz|chegou|enviou|command[ée]e?|achet[ée]e?|pay[ée]e?|re[çc]ue?|envoy[ée]e?|exp[ée]di[ée]e?|[ée]tait|bestellt|gekauft|bezahlt|bekommen|versendet|versandt|war|beli|bayar|pesan|sudah|udah)(?![A-Za-zÀ-ÿ])|j'ai|ich hab|ได้รับ|สั่ง(?:ไป|ของ)|买了|下的单|注文した|買った/i;

/** Words before a weekday that make it a name: "Black Friday", "Cyber Monday". */
export const NOT_A_WEEKDAY_BEFORE = /(?:black|cyber)\s$/i;
