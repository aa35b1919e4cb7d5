import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/**
 * Profanity and insults; kept to words with no innocent reading in a shop reply (no `ばか`, which `ばかり` holds;
 * no `妈的`, which `妈妈的` holds).
 */
const OFFENSIVE = {
  en: ['fuck\\w*', 'shit\\w*', 'bitch\\w*', 'assholes?', 'bastards?', 'idiots?', 'stupid', 'moron\\w*', 'dumbass'],
  es: ['pendej\\w*', 'cabr[oó]n\\w*', 'mierda', 'ching\\w*', 'put[ao]s?', 'idiotas?', 'estupid[oa]s?', 'no mames', 'imbecil(?:es)?', 'gilipollas', 'joder'],
  pt: ['porra', 'caralho', 'merda', 'puta', 'idiotas?', 'fdp', 'vsf', 'otari[oa]s?', 'imbecil'],
  fr: ['merde', 'putain', 'connard\\w*', 'connasse', 'salope', 'encul\\w*', 'imbeciles?', 'cretins?'],
  de: ['scheiss\\w*', 'arschloch', 'idioten?', 'blod(?:mann|e kuh)', 'verdammt', 'wichser', 'vollidiot'],
  ja: ['バカ(?!ンス)', '馬鹿', 'クソ', '死ね', 'アホ', 'ふざけるな'],
  zh: ['傻逼', '傻b', '他妈的', '他媽的', '操你', '白痴', '神经病', '神經病', '滚蛋', '滾蛋'],
  id: ['anjing', 'bangsat', 'goblok', 'tolol', 'bego', 'kontol', 'brengsek', 'bodoh'],
  th: ['ควาย', 'เหี้ย', 'สัส', 'ไอ้โง่', 'อีโง่', 'สันดาน'],
};

/** Profanity or insults, which no marketplace lets through (Mercado Libre: `OUT_OF_PLACE_LANGUAGE`). */
export const offensiveLanguageRule: ReplyLintRule = {
  id: 'offensive-language',
  description: 'Profanity or an insult: never send it, whatever the buyer wrote.',
  check: phraseCheck(OFFENSIVE),
};
