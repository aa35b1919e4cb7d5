import { eachMatch } from '../each-match.js';
import type { ReplyLintRule, LintRuleMatch } from '../reply-lint-rule.js';

/** A link found in a reply, with its host (lower case, no `www.`). */
export interface FoundLink extends LintRuleMatch {
  readonly host: string;
}

const TLDS = 'com|net|org|io|co|me|ly|to|gl|gd|sh|shop|store|site|online|info|biz|app|link|page|xyz|club|mx|br|ar|cl|pe|uy|ve|ec|bo|py|de|fr|es|it|nl|be|at|ch|pl|pt|uk|ie|jp|cn|tw|hk|id|th|my|sg|ph|vn|kr|us|ca|au|nz|in|eu|ru|tr|ae|sa';
// A scheme or `www.` link; or a bare domain with a known top-level domain (`mitienda.com.mx/oferta`).
const LINK = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"'（）()\\[\\]{}]+|(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})(?:\\.[a-z]{2})?(?::\\d{2,5})?(?:\\/[^\\s<>"'（）()\\[\\]{}]*)?(?![\\p{L}\\p{N}-])`,
  'giu',
);

let lastText: string | undefined;
let lastLinks: readonly FoundLink[] = [];

/**
 * Finds the links in a text: scheme URLs, `www.` hosts and bare domains (`bit.ly/x`, `example.com.mx`). The link
 * rules of a profile all ask about the same reply: the last text's links are remembered.
 */
export function findLinks(text: string): readonly FoundLink[] {
  if (text === lastText) return lastLinks;
  const links: FoundLink[] = [];
  eachMatch(LINK, text, (match) => {
    const raw = match[0].replace(/[.,;:!?。、！？]+$/u, '');
    const host = raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/:?#]/)[0] ?? '';
    if (host.includes('.')) links.push(Object.freeze({ start: match.index, end: match.index + raw.length, host }));
  });
  lastText = text;
  lastLinks = Object.freeze(links);
  return lastLinks;
}

/** Whether `host` is `domain` or one of its subdomains. */
const isUnder = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

const SHORTENERS = ['bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc', 'lnkd.in', 's.id', 'linktr.ee', 'bit.do', 'v.gd', 'shorte.st', 'amzn.to', 'dwz.cn', 'url.cn'];
const SOCIAL = ['facebook.com', 'fb.com', 'fb.me', 'm.me', 'instagram.com', 'instagr.am', 'wa.me', 'whatsapp.com', 'api.whatsapp.com', 't.me', 'telegram.me', 'telegram.org', 'twitter.com', 'x.com', 'youtube.com', 'youtu.be', 'line.me', 'lin.ee', 'weixin.qq.com', 'wechat.com', 'weibo.com', 'xiaohongshu.com', 'pinterest.com', 'linkedin.com', 'snapchat.com', 'discord.gg', 'discord.com', 'threads.net', 'kakao.com'];

const isShortener = (host: string): boolean => SHORTENERS.some((domain) => isUnder(host, domain));
const isSocial = (host: string): boolean => SOCIAL.some((domain) => isUnder(host, domain));

/** Link shorteners hide where a link goes; Mercado Libre rejects them (moderation reason `LINK_SHORT_URL`). */
export const linkShortenerRule: ReplyLintRule = {
  id: 'link-shortener',
  description: 'Shortened link (bit.ly, tinyurl…): marketplaces reject links that hide their target. Write the full address, or leave the link out.',
  check: ({ text }) => findLinks(text).filter((link) => isShortener(link.host)),
};

/** Social-network and messenger links take the buyer off the marketplace (`SOCIAL_NETWORK_LINK` on Mercado Libre). */
export const socialLinkRule: ReplyLintRule = {
  id: 'social-link',
  description: 'Link to a social network or messenger (Instagram, Facebook, WhatsApp, LINE, Telegram…): marketplaces forbid moving buyers off the platform.',
  check: ({ text }) => findLinks(text).filter((link) => isSocial(link.host)),
};

/**
 * Links to sites other than the marketplace's own. Amazon allows only links needed for the order, on Amazon;
 * TikTok Shop and Mercado Libre moderate outside links.
 * @param allowedDomains domains (and their subdomains) that may be linked; `amazon.` matches every Amazon storefront
 */
export function externalLinkRule(allowedDomains: readonly string[]): ReplyLintRule {
  const allowed = (host: string): boolean => allowedDomains.some((domain) => (domain.endsWith('.') ? host.startsWith(domain) || host.includes(`.${domain}`) : isUnder(host, domain)));
  return {
    id: 'external-link',
    description: `Link outside the marketplace${allowedDomains.length > 0 ? ` (allowed: ${allowedDomains.join(', ')})` : ''}: remove it, or send the information in the message itself.`,
    check: ({ text }) => findLinks(text).filter((link) => !isShortener(link.host) && !isSocial(link.host) && !allowed(link.host)),
  };
}
