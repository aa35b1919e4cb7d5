import type { SupportedLanguage } from '../languages.js';
import { DE_LEXICON } from './lexicon/de.js';
import { EN_LEXICON } from './lexicon/en.js';
import { ES_LEXICON } from './lexicon/es.js';
import { FR_LEXICON } from './lexicon/fr.js';
import { ID_LEXICON } from './lexicon/id.js';
import { JA_LEXICON } from './lexicon/ja.js';
import { PT_LEXICON } from './lexicon/pt.js';
import { TH_LEXICON } from './lexicon/th.js';
import { ZH_LEXICON } from './lexicon/zh.js';
import type { SentimentLexicon } from './sentiment-lexicon.js';

/**
 * The built-in sentiment and urgency lexicons, one per language, written for Lianxing (see
 * `packages/core/src/sentiment/lexicon/<lang>.ts`). Extend them with `createSentimentAnalyzer({ lexicons })`.
 * @example SENTIMENT_LEXICONS.es.negative?.strong?.includes('pesim*') // true
 */
export const SENTIMENT_LEXICONS: Readonly<Record<SupportedLanguage, SentimentLexicon>> = {
  en: EN_LEXICON, es: ES_LEXICON, pt: PT_LEXICON, fr: FR_LEXICON, de: DE_LEXICON, ja: JA_LEXICON, zh: ZH_LEXICON, id: ID_LEXICON, th: TH_LEXICON,
};
