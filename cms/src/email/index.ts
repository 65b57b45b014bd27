import type { Core } from '@strapi/strapi';

type Message = { to?: unknown; subject?: unknown; text?: unknown; html?: unknown; [key: string]: unknown };
type EmailProvider = { send(options: Message): Promise<unknown> };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** A readable plain-text version of a small HTML message: paragraphs and line breaks kept, tags dropped, links shown. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) => (label.trim() === href ? href : `${label} (${href})`))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|li)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/gi, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Every e-mail goes through Strapi's e-mail plugin with the nodemailer provider (config/plugins.ts):
 * to the SMTP server of SMTP_HOST, or, without one (development), into the log — the whole message,
 * so a developer can follow a reset link. Messages written as HTML only (users-permissions sends its
 * template as both text and HTML) get a plain-text part made from the HTML.
 */
export function configureEmailDelivery(strapi: Core.Strapi): void {
  const plugin = strapi.plugin('email') as unknown as { provider: EmailProvider };
  const provider = plugin.provider;
  const send = provider.send.bind(provider);
  const smtpHost = process.env.SMTP_HOST ?? '';
  provider.send = async (options) => {
    const message = { ...options };
    if (typeof message.html === 'string' && (message.text === undefined || message.text === message.html)) message.text = htmlToText(message.html);
    const result = await send(message);
    if (!smtpHost) {
      strapi.log.info(`[email] SMTP_HOST is not set: the message is written here instead of being sent.\nTo: ${String(message.to)}\nSubject: ${String(message.subject)}\n\n${String(message.text ?? '')}`);
    }
    return result;
  };
}

/** Sends one message (HTML; its text part is made from it). */
export async function sendEmail(strapi: Core.Strapi, message: { to: string; subject: string; html: string }): Promise<void> {
  await strapi.plugin('email').service('email').send(message);
}
