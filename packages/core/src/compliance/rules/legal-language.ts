import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** Lawsuits, lawyers, courts, liability and disclaimers: words a person must weigh before they are sent. */
const LEGAL = {
  en: [
    'legal (?:action|proceedings|steps|liability|obligation)', 'lawsuits?', 'sue you', 'attorneys?', 'lawyers?', 'court of law', 'in court', 'courts?',
    'liable', 'liability', 'without prejudice', 'indemnif\\w*', 'breach of contract', 'legally binding', 'litigation', 'small claims',
  ],
  es: [
    'acci(?:on|ones) legal(?:es)?', 'demanda (?:legal|judicial)', 'demandar(?:le|lo|la|los)?', 'abogad[oa]s?', 'tribunal(?:es)?', 'juzgado', 'via judicial',
    'responsabilidad (?:legal|civil)', 'no nos hacemos responsables', 'no nos responsabilizamos', 'litigio',
  ],
  pt: [
    'acao judicial', 'processo judicial', 'processar (?:voce|o senhor|a senhora|a loja)', 'advogad[oa]s?', 'tribunal', 'na justica', 'responsabilidade (?:legal|civil)',
    'nao nos responsabilizamos', 'isentamo-nos',
  ],
  fr: ['action en justice', 'poursuites? judiciaires?', 'avocats?', 'tribunal', 'responsabilite (?:juridique|civile|legale)', 'sans prejudice', 'mise en demeure', 'declinons toute responsabilite'],
  de: ['rechtliche schritte', 'klage', 'klagen', '(?:rechts)?anwalt', 'anwalte', 'gericht(?:lich)?', 'haftung', 'ohne anerkennung einer rechtspflicht', 'abmahnung', 'wir haften nicht'],
  ja: ['法的措置', '訴訟', '弁護士', '裁判', '法的責任', '損害賠償', '責任を負いかね', '一切の責任'],
  zh: ['法律责任', '法律責任', '起诉', '起訴', '律师', '律師', '法院', '诉讼', '訴訟', '概不负责', '概不負責', '法律途径', '法律途徑'],
  id: ['jalur hukum', 'tuntutan hukum', 'menuntut', 'pengacara', 'pengadilan', 'tanggung jawab hukum', 'tidak bertanggung jawab'],
  th: ['ดำเนินคดี', 'ทนาย(?:ความ)?', '(?:ขึ้น|ฟ้อง)ศาล', 'ศาลยุติธรรม', 'ฟ้องร้อง', 'ความรับผิดชอบทางกฎหมาย', 'ไม่รับผิดชอบ(?:ใดๆ|ทุกกรณี)'],
};

/** Legal language: an automatic reply must never threaten, disclaim liability or talk about courts. */
export const legalLanguageRule: ReplyLintRule = {
  id: 'legal-language',
  description: 'Legal language (lawsuits, lawyers, courts, liability, disclaimers): a person must write or approve it.',
  check: phraseCheck(LEGAL),
};
