/**
 * What in a page's markup is furniture (share bars, related links, ads, captions, credits) and what is an
 * article: shared by the HTML reader (html.ts, no DOM) and the element's page reader (page-article.ts).
 * Pure: no DOM.
 */

/**
 * Class or id words of page furniture, matched as whole words of a class/id split on case changes, `-`, `_`
 * and spaces (so `ad-slot` and `shareBar` match, `shadow` and `header-lead` do not).
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'shares', 'social', 'socials', 'related', 'promo', 'promotion', 'ad', 'ads',
  'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'newsletter',
  'newsletters', 'caption', 'captions', 'credit', 'credits', 'sponsor', 'sponsored', 'outbrain', 'taboola',
  'recommended', 'recommendations', 'readmore', 'breadcrumb', 'breadcrumbs', 'subscribe', 'subscription',
  'signup', 'comments', 'byline', 'bylines', 'tags', 'toolbar', 'popup', 'modal', 'cookie', 'cookies', 'consent',
  'paywall', 'teaser', 'teasers', 'trending', 'widget', 'sidebar', 'disclaimer', 'visually', 'sr', 'screenreader',
  'dateline',
]);

/** Word beginnings of furniture in run-together class names ("relatedposts", "sharedaddy", "socialbar"). */
const FURNITURE_PREFIXES = ['related', 'share', 'social', 'advert', 'sponsor', 'newsletter', 'recommend', 'promo', 'subscri', 'breadcrumb'];

/** Multi-word furniture markers, matched in the normalised (space-separated) class/id. */
const FURNITURE_PHRASES = ['read more', 'more stories', 'see also', 'most read', 'most popular', 'you may like', 'also read', 'more on', 'more from', 'sr only'];

/** Words before a furniture word that make it a layout modifier ("has-sidebar", "no-ads", "with-related"). */
const MODIFIERS = new Set(['has', 'no', 'with', 'without', 'show', 'hide', 'is', 'can', 'enable', 'disable']);

/** True when a class or id value names furniture ("share-bar", "relatedLinks", "ad_slot"; not "shadow", "has-sidebar"). */
export function isFurnitureName(value: string | null | undefined): boolean {
  if (!value) return false;
  // Split camelCase, then on anything that is not a letter or digit.
  const norm = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!norm) return false;
  const words = norm.split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((FURNITURE_WORDS.has(w) || FURNITURE_PREFIXES.some((p) => w.startsWith(p))) && !MODIFIERS.has(words[k - 1] ?? '')) return true;
  }
  const padded = ` ${norm} `;
  return FURNITURE_PHRASES.some((p) => padded.includes(` ${p} `));
}

/** schema.org types that describe a news article. */
export const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'Report', 'BlogPosting', 'LiveBlogPosting',
  'ScholarlyArticle', 'SatiricalArticle',
]);
