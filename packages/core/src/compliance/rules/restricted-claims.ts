import { phraseCheck } from '../phrase-matcher.js';
import type { ReplyLintRule } from '../reply-lint-rule.js';

/** Words that present goods as copies of a brand: replica, 1:1, 高仿, KW… */
const COUNTERFEIT = {
  en: ['replicas?', 'knock-?offs?', 'counterfeits?', 'fakes?', '1:1 (?:copy|quality|replica)', 'aaa quality', 'mirror quality', 'super copy'],
  es: ['replicas?', 'imitaci(?:on|ones)', 'piratas?', 'falsificad[oa]s?', 'clon(?:es)?'],
  pt: ['replicas?', 'imitac(?:ao|oes)', 'falsificad[oa]s?', 'primeira linha'],
  fr: ['contrefacons?', 'repliques?', 'imitations?'],
  de: ['falschung(?:en)?', 'nachahmung(?:en)?', 'repliken?', 'plagiate?'],
  ja: ['偽物', 'コピー品', 'レプリカ', 'スーパーコピー', 'n級品'],
  zh: ['高仿', '复刻', '復刻', 'a货', 'a貨', '仿品', '假货', '假貨', '原单', '原單'],
  id: ['kw super', 'barang kw', 'replika', 'tiruan', 'palsu', 'grade ori'],
  th: ['ของปลอม', 'ก๊อป', 'เกรดมิเรอร์', 'งานก๊อป'],
};

/** Counterfeit and replica claims, restricted content on TikTok Shop and grounds for delisting everywhere. */
export const restrictedClaimsRule: ReplyLintRule = {
  id: 'restricted-claims',
  description: 'Words that present goods as replicas or copies (replica, 1:1, 高仿, KW): restricted content on TikTok Shop and every marketplace.',
  check: phraseCheck(COUNTERFEIT),
};
