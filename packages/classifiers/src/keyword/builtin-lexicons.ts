import de from './lexicon/de.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import id from './lexicon/id.json' with { type: 'json' };
import ja from './lexicon/ja.json' with { type: 'json' };
import pt from './lexicon/pt.json' with { type: 'json' };
import th from './lexicon/th.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };
import type { IntentLexicon } from './keyword-lexicon.js';

/**
 * The built-in keyword lexicons of the 24-intent taxonomy, one per supported language (our own wording).
 * JSON data files, validated by the corpus lint test.
 */
export const BUILTIN_LEXICONS: Readonly<Record<string, IntentLexicon>> = { en, es, pt, fr, de, ja, zh, id, th } as Record<string, IntentLexicon>;
