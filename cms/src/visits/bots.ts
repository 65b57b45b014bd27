/**
 * Clients that are not people: crawlers, link previews, monitors, command-line tools and headless
 * browsers announce themselves in their user agent. (Bots that do not say so rarely run the page's
 * script, and only the script's beacon counts a visit.)
 */
const BOT_USER_AGENT = /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|whatsapp|zalo-?link|telegram|skype|discord|monitor|pingdom|uptime|lighthouse|pagespeed|headless|phantom|puppeteer|playwright|selenium|curl\/|wget|python-requests|python-urllib|httpie|go-http-client|java\/|okhttp|axios|node-fetch|undici|libwww|scrapy|feedfetcher|feed|rss/i;

/** True when the user agent is missing or says it is an automated client. */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.trim().length < 10) return true;
  return BOT_USER_AGENT.test(userAgent);
}
