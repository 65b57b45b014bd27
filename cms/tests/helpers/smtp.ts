import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test SMTP server received, parsed. */
export type ReceivedMail = { to: string; subject: string; text: string; html: string; from: string; replyTo: string };

/**
 * A real SMTP server (the `smtp-server` package) on a free port of 127.0.0.1, started by the test,
 * that keeps what it receives. The CMS sends to it through its configured provider (nodemailer),
 * exactly as it sends to the union's provider in production.
 */
export async function startTestSmtpServer(): Promise<{
  port: number;
  received: ReceivedMail[];
  /** The next message to `to` (waits up to `timeoutMs`). */
  nextMailTo(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const addresses = (value: ParsedMail['to']) => (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ');
          received.push({
            to: addresses(mail.to),
            from: mail.from?.text ?? '',
            replyTo: mail.replyTo?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const seen = new Set<ReceivedMail>();
  async function nextMailTo(to: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = received.find((m) => !seen.has(m) && m.to.toLowerCase().includes(to.toLowerCase()));
      if (mail) {
        seen.add(mail);
        return mail;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  return { port, received, nextMailTo, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
