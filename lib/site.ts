/**
 * Site-wide settings. The one place the public URL is decided.
 *
 * `SITE_URL` is read at build time (static export bakes it into canonical
 * links, Open Graph tags, the sitemap and robots.txt). Set it to the origin the
 * site will be served from, without a trailing slash.
 */

/** Public origin of the site, e.g. `https://example.com`. No trailing slash. */
export const siteUrl: string = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Human name of the site, used in titles and social cards. */
export const siteName = 'Will It Run';

/** One-sentence description used as the default meta description. */
export const siteDescription =
  'Find out whether an AI model will run on your own hardware, and how fast, before you download it.';

/**
 * Where readers report a wrong number: the "new issue" page of the project's issue tracker. The
 * repository is not decided yet; change it here and every "report a wrong number" link follows.
 */
export const issueTrackerUrl = 'https://github.com/will-it-run/will-it-run/issues/new';

/** Absolute URL for a site path such as `/guides/foo`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
