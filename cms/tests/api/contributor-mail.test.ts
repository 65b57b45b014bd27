import type { Core } from '@strapi/strapi';
import { CONTRIBUTOR_PASSWORD, SITE_SECRET, associations, createAccount, fromSite, signIn, uniqueIp, type TestAccount } from '../helpers/contributors';
import { startTestSmtpServer } from '../helpers/smtp';
import { http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * E-mail to contributors through a real SMTP server started here (the CMS is configured with
 * SMTP_HOST/SMTP_PORT, as for the union's provider): the password reset from the e-mail's link to
 * the new password, the password change, and the approval of a requested account.
 */
const SITE_URL = 'http://cong-thong-tin.test:3999';
const ENV_KEYS = ['REVALIDATE_SECRET', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SITE_URL', 'EMAIL_FROM', 'EMAIL_REPLY_TO'] as const;
const savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};
let strapi: Core.Strapi;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let association: { documentId: string };

const forgot = (email: string) => http().post('/api/auth/forgot-password').set(fromSite(uniqueIp())).send({ email });
const reset = (body: Record<string, unknown>) => http().post('/api/auth/reset-password').set(fromSite(uniqueIp())).send(body);
const paths = (response: { body: { error: { details: { errors: Array<{ path: string[] }> } } } }) => response.body.error.details.errors.map((e) => e.path[0]);

beforeAll(async () => {
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key];
  smtp = await startTestSmtpServer();
  Object.assign(process.env, {
    REVALIDATE_SECRET: SITE_SECRET,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SITE_URL,
    EMAIL_FROM: 'Liên hiệp Hội Lào Cai <no-reply@lienhiep.test>',
    EMAIL_REPLY_TO: 'vanphong@lienhiep.test',
  });
  strapi = await startStrapi();
  [association] = await associations(strapi);
});

afterAll(async () => {
  await stopStrapi();
  await smtp.stop();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

describe('forgotten password', () => {
  let account: TestAccount;
  let code: string;

  it('sends a Vietnamese e-mail linking to the site\'s reset page', async () => {
    account = await createAccount(strapi, { association: association.documentId });
    const response = await forgot(account.email.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    const mail = await smtp.nextMailTo(account.email);
    expect(mail.subject).toBe('Đặt lại mật khẩu cộng tác viên – Liên hiệp Hội Lào Cai');
    expect(mail.from).toContain('no-reply@lienhiep.test');
    expect(mail.replyTo).toContain('vanphong@lienhiep.test');
    expect(mail.text).toContain('Chúng tôi nhận được yêu cầu đặt lại mật khẩu');
    expect(mail.text).not.toMatch(/<p>/);
    const link = mail.text.match(/http:\/\/cong-thong-tin\.test:3999\/dat-lai-mat-khau\?code=([a-f0-9]+)/);
    expect(link).not.toBeNull();
    code = link![1];
    expect(mail.html).toContain(`href="${SITE_URL}/dat-lai-mat-khau?code=${code}"`);
  });

  it('checks the new password before the code', async () => {
    const short = await reset({ code, password: 'ngan', passwordConfirmation: 'ngan' });
    expect(short.status).toBe(400);
    expect(paths(short)).toEqual(['password']);
    expect(short.body.error.message).toContain('ít nhất 8 ký tự');
    const mismatch = await reset({ code, password: 'Mat-khau-moi-2026', passwordConfirmation: 'Mat-khau-khac-2026' });
    expect(paths(mismatch)).toEqual(['passwordConfirmation']);
  });

  it('sets the new password with the code from the e-mail, once', async () => {
    const done = await reset({ code, password: 'Mat-khau-moi-2026', passwordConfirmation: 'Mat-khau-moi-2026' });
    expect(done.status).toBe(200);
    expect(typeof done.body.jwt).toBe('string');
    expect((await signIn(account.email, 'Mat-khau-moi-2026', uniqueIp())).status).toBe(200);
    expect((await signIn(account.email, CONTRIBUTOR_PASSWORD, uniqueIp())).body.error.details.code).toBe('invalid_credentials');
    const again = await reset({ code, password: 'Mat-khau-thu-ba-2026', passwordConfirmation: 'Mat-khau-thu-ba-2026' });
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('invalid_code');
    expect(paths(again)).toEqual(['code']);
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const before = smtp.received.length;
    const unknown = await forgot(`khong-ai-${Date.now()}@test.local`);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.length).toBe(before);
  });

  it('names a wrong address, and limits reset e-mails per address', async () => {
    const wrong = await http().post('/api/auth/forgot-password').send({ email: 'khong-phai-email' });
    expect(wrong.status).toBe(400);
    expect(paths(wrong)).toEqual(['email']);
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await http().post('/api/auth/forgot-password').set(fromSite(ip)).send({ email: `khong-ai-${i}-${Date.now()}@test.local` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('changing the password (signed in)', () => {
  it('names the wrong current password, then changes it', async () => {
    const account = await createAccount(strapi, { association: association.documentId });
    const jwt = (await signIn(account.email, CONTRIBUTOR_PASSWORD, uniqueIp())).body.jwt as string;
    const change = (body: Record<string, unknown>) => http().post('/api/auth/change-password').set(fromSite(uniqueIp())).set('Authorization', `Bearer ${jwt}`).send(body);

    const wrong = await change({ currentPassword: 'khong-dung-2026', password: 'Mat-khau-moi-2026', passwordConfirmation: 'Mat-khau-moi-2026' });
    expect(wrong.status).toBe(400);
    expect(paths(wrong)).toEqual(['currentPassword']);
    expect(wrong.body.error.message).toBe('Mật khẩu hiện tại không đúng. The current password is wrong.');
    const short = await change({ currentPassword: CONTRIBUTOR_PASSWORD, password: 'ngan', passwordConfirmation: 'ngan' });
    expect(paths(short)).toEqual(['password']);

    const done = await change({ currentPassword: CONTRIBUTOR_PASSWORD, password: 'Mat-khau-moi-2026', passwordConfirmation: 'Mat-khau-moi-2026' });
    expect(done.status).toBe(200);
    expect(typeof done.body.jwt).toBe('string');
    expect((await signIn(account.email, 'Mat-khau-moi-2026', uniqueIp())).status).toBe(200);
  });
});

describe('a requested account', () => {
  it('is approved by un-blocking it, which e-mails its owner', async () => {
    const email = `duyet-${Date.now()}@test.local`;
    const requested = await http()
      .post('/api/contributor-requests')
      .set(fromSite(uniqueIp()))
      .send({ fullName: 'Phạm Thị Chờ Duyệt', email, association: association.documentId, password: 'Mat-khau-dang-ky' });
    expect(requested.status).toBe(201);
    expect((await signIn(email, 'Mat-khau-dang-ky', uniqueIp())).body.error.details.code).toBe('pending_approval');

    // Staff un-block it (Content Manager → Người dùng), which updates the user through the Document Service.
    const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })) as { documentId: string; approvedAt: string | null };
    expect(user.approvedAt).toBeNull();
    await strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { blocked: false } } as never);

    const mail = await smtp.nextMailTo(email);
    expect(mail.subject).toBe('Tài khoản cộng tác viên đã được duyệt – Liên hiệp Hội Lào Cai');
    expect(mail.text).toContain('Xin chào Phạm Thị Chờ Duyệt');
    expect(mail.text).toContain(`${SITE_URL}/dang-nhap`);
    expect((await signIn(email, 'Mat-khau-dang-ky', uniqueIp())).status).toBe(200);

    // Approved once: blocking and un-blocking again sends nothing more.
    await strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { blocked: true } } as never);
    await strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { blocked: false } } as never);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
