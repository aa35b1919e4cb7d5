import type { TemplateInput } from '../schemas/template.js';
import { DE_TEMPLATES } from './library/de.js';
import { EN_TEMPLATES } from './library/en.js';
import { ES_MX_TEMPLATES } from './library/es-mx.js';
import { ES_TEMPLATES } from './library/es.js';
import { FR_TEMPLATES } from './library/fr.js';
import { ID_TEMPLATES } from './library/id.js';
import { JA_TEMPLATES } from './library/ja.js';
import { PT_TEMPLATES } from './library/pt.js';
import { TH_TEMPLATES } from './library/th.js';
import { ZH_HANT_TEMPLATES, ZH_TW_TEMPLATES } from './library/zh-hant.js';
import { ZH_TEMPLATES } from './library/zh.js';

/**
 * The built-in reply library: every intent whose default action is `auto_reply` or `suggest`, in the nine
 * languages, in several tones, written for each culture rather than translated. Regional variants refine the base
 * languages: `es-MX` (warm Mexican Spanish, CFDI invoices), `zh-Hant` (Traditional characters) and `zh-TW`
 * (Taiwan's uniform invoices); `pt` is written for Brazil, `zh` in Simplified characters. Every template passes the
 * compliance lint of every marketplace (a test walks the whole library).
 * @example BUILTIN_TEMPLATES.filter((template) => template.locale === 'ja').length
 */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [
  ...EN_TEMPLATES,
  ...ES_TEMPLATES,
  ...ES_MX_TEMPLATES,
  ...PT_TEMPLATES,
  ...FR_TEMPLATES,
  ...DE_TEMPLATES,
  ...JA_TEMPLATES,
  ...ZH_TEMPLATES,
  ...ZH_HANT_TEMPLATES,
  ...ZH_TW_TEMPLATES,
  ...ID_TEMPLATES,
  ...TH_TEMPLATES,
];
