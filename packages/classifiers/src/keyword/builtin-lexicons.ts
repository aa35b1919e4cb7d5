import de from './lexicon/de.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import id from './lexicon/id.json' with { type: 'json' };
import ja from './lexicon/ja.json' with { type: 'json' };
import pt from './lexicon/pt.json' with { type: 'json' };
import th from './lexicon/th.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };
import type { IntentLexicon, LexiconEntry } from './keyword-lexicon.js';

/**
 * JSON gives `[phrase, weight]` entries the type `(string | number)[]`; this keeps the well-formed entries as
 * tuples. The data is ours and the corpus lint test rejects malformed entries, so nothing is dropped in practice.
 */
function toIntentLexicon(json: Readonly<Record<string, readonly unknown[]>>): IntentLexicon {
  const lexicon: Record<string, LexiconEntry[]> = {};
  for (const [intent, entries] of Object.entries(json)) {
    lexicon[intent] = entries.flatMap((entry): LexiconEntry[] => {
      if (typeof entry === 'string') return [entry];
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') return [[entry[0], entry[1]]];
      return [];
    });
  }
  return lexicon;
}

/**
 * The built-in keyword lexicons of the 24-intent taxonomy, one per supported language (our own wording).
 * JSON data files, validated by the corpus lint test.
 */
export const BUILTIN_LEXICONS: Readonly<Record<string, IntentLexicon>> = Object.fromEntries(
  Object.entries({ en, es, pt, fr, de, ja, zh, id, th }).map(([language, json]) => [language, toIntentLexicon(json as Readonly<Record<string, readonly unknown[]>>)]),
);
