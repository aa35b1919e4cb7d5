import type { LintSeverity } from './lint-finding.js';
import type { ReplyLintRule } from './reply-lint-rule.js';
import { compensationAmountRule } from './rules/compensation.js';
import { contactDetailsRule } from './rules/contact-details.js';
import { emojiRule } from './rules/emoji.js';
import { languageMismatchRule } from './rules/language-mismatch.js';
import { legalLanguageRule } from './rules/legal-language.js';
import { externalLinkRule, linkShortenerRule, socialLinkRule } from './rules/links.js';
import { marketingRule } from './rules/marketing.js';
import { htmlRule, lineBreaksRule, markdownRule } from './rules/markup.js';
import { messageLengthRule } from './rules/message-length.js';
import { offPlatformRule } from './rules/off-platform.js';
import { offensiveLanguageRule } from './rules/offensive-language.js';
import { restrictedClaimsRule } from './rules/restricted-claims.js';
import { reviewManipulationRule, reviewRequestRule } from './rules/review-solicitation.js';
import { unfilledPlaceholdersRule } from './rules/unfilled-placeholders.js';

/** A rule with the severity it has in a profile. */
export interface ProfileRule {
  readonly rule: ReplyLintRule;
  readonly severity: LintSeverity;
}

/**
 * Rules for every reply on every marketplace, with their severities.
 * @example GENERIC_PROFILE.map((entry) => `${entry.rule.id}:${entry.severity}`)
 */
export const GENERIC_PROFILE: readonly ProfileRule[] = [
  { rule: unfilledPlaceholdersRule, severity: 'error' },
  { rule: compensationAmountRule, severity: 'error' },
  { rule: legalLanguageRule, severity: 'error' },
  { rule: contactDetailsRule, severity: 'error' },
  { rule: reviewManipulationRule, severity: 'error' },
  { rule: offensiveLanguageRule, severity: 'error' },
  { rule: offPlatformRule, severity: 'warning' },
  { rule: linkShortenerRule, severity: 'warning' },
  { rule: socialLinkRule, severity: 'warning' },
  { rule: htmlRule, severity: 'warning' },
  { rule: markdownRule, severity: 'warning' },
  { rule: restrictedClaimsRule, severity: 'warning' },
  { rule: languageMismatchRule, severity: 'warning' },
];

/**
 * Amazon SP-API messaging limits per operation (`messaging.json`): 800 characters to confirm customization details,
 * 400 for a digital access key, 2,000 for the others.
 * @example AMAZON_LENGTH_LIMITS.byType.confirmCustomizationDetails // 800
 */
export const AMAZON_LENGTH_LIMITS = { default: 2000, byType: { confirmCustomizationDetails: 800, digitalAccessKey: 400, confirmDeliveryDetails: 2000, confirmOrderDetails: 2000, confirmServiceDetails: 2000, unexpectedProblem: 2000 } } as const;

/**
 * What each marketplace adds to the generic rules, or makes stricter. From the marketplace reference
 * (`../shared/reference/marketplaces.md`) and the platforms' published seller rules:
 * - Amazon: no links but Amazon's, no e-mail addresses or phone numbers, no HTML, no emoji, no marketing, no review
 *   requests in service replies, the buyer's language, per-operation length limits;
 * - Mercado Libre: 350 characters, no contact data, social links or short URLs (its moderation reasons);
 * - TikTok Shop: 2,000 characters, no off-platform contact, links or restricted content.
 * @example MARKETPLACE_PROFILES['mercadolibre']?.map((entry) => entry.rule.id)
 */
export const MARKETPLACE_PROFILES: Readonly<Record<string, readonly ProfileRule[]>> = {
  amazon: [
    { rule: messageLengthRule('Amazon', AMAZON_LENGTH_LIMITS), severity: 'error' },
    { rule: externalLinkRule(['amazon.']), severity: 'error' },
    { rule: linkShortenerRule, severity: 'error' },
    { rule: socialLinkRule, severity: 'error' },
    { rule: htmlRule, severity: 'error' },
    { rule: emojiRule, severity: 'error' },
    { rule: lineBreaksRule, severity: 'warning' },
    { rule: marketingRule, severity: 'error' },
    { rule: reviewRequestRule, severity: 'warning' },
    { rule: offPlatformRule, severity: 'error' },
    { rule: languageMismatchRule, severity: 'error' },
  ],
  mercadolibre: [
    { rule: messageLengthRule('Mercado Libre', { default: 350 }), severity: 'error' },
    { rule: linkShortenerRule, severity: 'error' },
    { rule: socialLinkRule, severity: 'error' },
    { rule: externalLinkRule(['mercadolibre.', 'mercadolivre.', 'mercadopago.', 'mercadoshops.']), severity: 'warning' },
    { rule: offPlatformRule, severity: 'error' },
    { rule: marketingRule, severity: 'warning' },
  ],
  tiktok: [
    { rule: messageLengthRule('TikTok Shop', { default: 2000 }), severity: 'error' },
    { rule: externalLinkRule(['tiktok.com', 'tiktokshop.com', 'tiktokglobalshop.com']), severity: 'error' },
    { rule: linkShortenerRule, severity: 'error' },
    { rule: socialLinkRule, severity: 'error' },
    { rule: offPlatformRule, severity: 'error' },
    { rule: restrictedClaimsRule, severity: 'error' },
    { rule: marketingRule, severity: 'warning' },
  ],
};

/** Marketplace names and the profile they use. */
const ALIASES: Readonly<Record<string, string>> = {
  'amazon': 'amazon', 'amazon-sp-api': 'amazon', 'mercadolibre': 'mercadolibre', 'mercadolivre': 'mercadolibre', 'mercado-libre': 'mercadolibre',
  'mercado_libre': 'mercadolibre', 'tiktok': 'tiktok', 'tiktok-shop': 'tiktok', 'tiktok_shop': 'tiktok', 'tiktokshop': 'tiktok',
};

/** The profile name for a marketplace id (`mercadolivre` → `mercadolibre`), or `undefined` for one with no own rules. */
export function profileNameOf(marketplace: string | undefined): string | undefined {
  return marketplace === undefined ? undefined : ALIASES[marketplace.toLowerCase()];
}
