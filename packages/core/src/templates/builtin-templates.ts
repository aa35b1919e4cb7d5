import type { TemplateInput } from '../schemas/template.js';
import { DE_TEMPLATES } from './library/de.js';
import { EN_TEMPLATES } from './library/en.js';
import { ES_MX_TEMPLATES } from './library/es-mx.js';
import { ES_TEMPLATES } from './library/es.js';
import { FR_TEMPLATES } from './library/fr.js';
import { PT_TEMPLATES } from './library/pt.js';

/**
 * The built-in reply library: every intent whose default action is `auto_reply` or `suggest`, in the nine
 * languages, in several tones, written for each culture rather than translated. Regional variants (`es-MX`,
 * `zh-Hant`, `zh-TW`) refine the base languages; `pt` is written for Brazil, `zh` in Simplified characters.
 * Every template passes the compliance lint of every marketplace (a test walks the whole library).
 */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [
  ...EN_TEMPLATES,
  ...ES_TEMPLATES,
  ...ES_MX_TEMPLATES,
  ...PT_TEMPLATES,
  ...FR_TEMPLATES,
  ...DE_TEMPLATES,
];
