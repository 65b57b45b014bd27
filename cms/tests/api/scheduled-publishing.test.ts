import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { env } from '@strapi/utils';
import { articlesWrittenFromNow } from '../helpers/article-cleanup';
import { startFakeSite, type FakeSite } from '../helpers/fake-site';
import { adminJwt, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';
import {
  DEFAULT_SCHEDULER_CRON,
  grantScheduleFieldsToPublishers,
  runDueSchedules,
  SCHEDULED_PUBLISHING_TASK,
  scheduledPublishingCronTasks,
  type ScheduleRun,
} from '../../src/scheduling';

/**
 * "Đăng lúc" / "Gỡ lúc": an editor schedules a publish or an unpublish; a scheduler tick does it once,
 * whichever of the CMS processes on the database ticks, and the site is told to purge its cache.
 * This file's own CMS (in-process) has no cron task (SCHEDULER_ENABLED=false): its ticks are the ones
 * the tests run. A second CMS runs as a separate process on the same database (tests/helpers/second-cms.js).
 */
const ARTICLE = 'api::article.article';
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung bài hẹn giờ.' }] }];
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

let site: FakeSite;
let strapi: Core.Strapi;
let token: string;
let cleanUp: () => Promise<void>;
const children: SecondCms[] = [];

type CronJobInfo = { name: string | null; options: { rule?: string } | string; nextRun: string | null };
type SecondCms = { cronJobs: CronJobInfo[]; tick(): Promise<ScheduleRun>; stop(): Promise<void> };

/** Boots the compiled app in another Node process against this file's database. */
async function startSecondCms(extraEnv: Record<string, string>): Promise<SecondCms> {
  const child: ChildProcess = fork(path.join(__dirname, '..', 'helpers', 'second-cms.js'), [], {
    cwd: path.join(__dirname, '..', '..'),
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const ask = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (message: { type: string; id?: number; run?: T; message?: string }) => {
        if (message.id !== id) return;
        child.off('message', onMessage);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve(message.run as T);
      };
      child.on('message', onMessage);
      child.send({ type, id });
    });
  const ready = await new Promise<{ cronJobs: CronJobInfo[] }>((resolve, reject) => {
    child.once('message', (message: { type: string; cronJobs: CronJobInfo[] }) => resolve(message));
    child.once('exit', (code) => reject(new Error(`the second CMS exited with code ${code}`)));
  });
  let stopped = false;
  const cms: SecondCms = {
    cronJobs: ready.cronJobs,
    tick: () => ask<ScheduleRun>('tick'),
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = once(child, 'exit');
      await ask('stop');
      await exited;
    },
  };
  children.push(cms);
  return cms;
}

const waitFor = async (predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return predicate();
};

/** What a visitor of the site sees of one article (anonymous GraphQL). */
async function visibleToVisitors(documentId: string): Promise<boolean> {
  const result = await graphql<{ articles: Array<{ documentId: string }> }>(
    'query Bai($id: ID!) { articles(filters: { documentId: { eq: $id } }) { documentId title } }',
    { id: documentId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.articles.length === 1;
}

/** The document's rows (draft and published) as stored. */
async function rowsOf(documentId: string) {
  return (await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'publishedAt', 'scheduledPublishAt', 'scheduledUnpublishAt'],
    where: { documentId },
  })) as Array<{ publishedAt: string | null; scheduledPublishAt: string | null; scheduledUnpublishAt: string | null }>;
}

const callsFor = (event: string, documentId: string) => site.calls.filter((call) => call.event === event && call.entry?.documentId === documentId).length;

/** An editor's save in the admin panel (the content-manager API). */
const saveInAdmin = (data: Record<string, unknown>, documentId?: string) =>
  documentId
    ? http().put(`/content-manager/collection-types/${ARTICLE}/${documentId}`).set('Authorization', `Bearer ${token}`).send(data)
    : http().post(`/content-manager/collection-types/${ARTICLE}`).set('Authorization', `Bearer ${token}`).send(data);

const draftArticle = async (title: string, schedule: Record<string, string>) =>
  (await strapi.documents(ARTICLE).create({ data: { title, summary: 'Tóm tắt.', body, featured: false, ...schedule } as never })).documentId;

type Permission = { action: string; subject: string; properties: { fields?: string[] }; conditions: unknown };

/** A staff role with the editor's article permissions, with or without publish and the schedule fields. */
async function roleLikeEditor(options: { publish: boolean; scheduleFields: boolean }): Promise<{ id: number }> {
  const editorPermissions = (await strapi.db.query('admin::permission').findMany({ where: { role: { code: 'strapi-editor' }, subject: ARTICLE } })) as Permission[];
  const role = await strapi.service('admin::role').create({ name: `Vai trò thử ${Date.now()} ${Math.random()}`, description: 'kiểm thử' });
  const withoutSchedule = (fields?: string[]) => fields?.filter((field) => !field.startsWith('scheduled'));
  await strapi.service('admin::role').assignPermissions(
    role.id,
    editorPermissions
      .filter((permission) => options.publish || !permission.action.endsWith('.publish'))
      .map(({ action, subject, properties, conditions }) => ({
        action,
        subject,
        conditions,
        properties: options.scheduleFields || !properties?.fields ? properties : { ...properties, fields: withoutSchedule(properties.fields) },
      })),
  );
  return role;
}

/** The fields a role may update on articles. */
async function updatableFields(roleId: number): Promise<string[]> {
  const permission = (await strapi.db.query('admin::permission').findOne({
    where: { role: { id: roleId }, subject: ARTICLE, action: 'plugin::content-manager.explorer.update' },
  })) as Permission;
  return permission.properties.fields ?? [];
}

beforeAll(async () => {
  site = await startFakeSite('bi-mat-lich-dang');
  process.env.SCHEDULER_ENABLED = 'false';
  strapi = await startStrapi();
  token = await adminJwt();
  cleanUp = await articlesWrittenFromNow(strapi);
});

afterAll(async () => {
  for (const child of children) await child.stop();
  await cleanUp?.();
  await stopStrapi();
  delete process.env.SCHEDULER_ENABLED;
  site?.stop();
});

describe('scheduled publish and unpublish ("Đăng lúc" / "Gỡ lúc")', () => {
  let documentId: string;

  it('publishes a draft whose "Đăng lúc" has passed at the next tick, visible to visitors, once, and not a draft due later', async () => {
    const saved = await saveInAdmin({ title: 'Bài hẹn giờ đăng', summary: 'Tóm tắt.', body, featured: false, scheduledPublishAt: minutesFromNow(-2) });
    expect(saved.status).toBe(201);
    documentId = saved.body.data.documentId;
    const later = await draftArticle('Bài hẹn đăng sau một giờ', { scheduledPublishAt: minutesFromNow(60) });
    expect(await visibleToVisitors(documentId)).toBe(false);

    const run = await runDueSchedules(strapi);
    expect(run.published).toEqual([{ uid: ARTICLE, documentId }]);
    expect(run.failed).toEqual([]);
    expect(await visibleToVisitors(documentId)).toBe(true);
    expect(await visibleToVisitors(later)).toBe(false);
    // The site is told to purge its cache, as for a publish by hand.
    expect(await waitFor(() => callsFor('entry.publish', documentId) === 1)).toBe(true);

    // The schedule is used up on both rows: nothing fires again.
    const rows = await rowsOf(documentId);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.scheduledPublishAt)).toEqual([null, null]);
    expect((await runDueSchedules(strapi)).published).toEqual([]);

    // The schedule is the newsroom's business, not the public API's.
    const asked = await graphql('{ articles { documentId scheduledPublishAt } }');
    expect(asked.errors?.[0]?.message).toMatch(/scheduledPublishAt/);
    const rest = await http().get(`/api/articles?filters[documentId][$eq]=${documentId}`);
    expect(rest.status).toBe(200);
    expect(rest.body.data[0]).not.toHaveProperty('scheduledPublishAt');
  });

  it('takes a document down when its "Gỡ lúc" has passed; a "Gỡ lúc" on a never-published draft is a no-op', async () => {
    const saved = await saveInAdmin({ scheduledUnpublishAt: minutesFromNow(-1) }, documentId);
    expect(saved.status).toBe(200);
    const neverPublished = await draftArticle('Bản nháp chưa từng đăng', { scheduledUnpublishAt: minutesFromNow(-1) });

    const run = await runDueSchedules(strapi);
    expect(run.unpublished).toEqual([{ uid: ARTICLE, documentId }]);
    expect(run.alreadyUnpublished).toEqual([{ uid: ARTICLE, documentId: neverPublished }]);
    expect(run.failed).toEqual([]);
    expect(await visibleToVisitors(documentId)).toBe(false);
    expect(await waitFor(() => callsFor('entry.unpublish', documentId) === 1)).toBe(true);
    expect((await rowsOf(documentId)).map((row) => [row.publishedAt, row.scheduledUnpublishAt])).toEqual([[null, null]]);
    expect((await rowsOf(neverPublished)).map((row) => row.scheduledUnpublishAt)).toEqual([null]);
  });

  it('shows "Đăng lúc" and "Gỡ lúc" in the edit view, explained, and refuses "Gỡ lúc" before "Đăng lúc" with a clear 400', async () => {
    const configuration = await http().get(`/content-manager/content-types/${ARTICLE}/configuration`).set('Authorization', `Bearer ${token}`);
    const { metadatas, layouts } = configuration.body.data.contentType;
    expect([metadatas.scheduledPublishAt.edit.label, metadatas.scheduledUnpublishAt.edit.label]).toEqual(['Đăng lúc', 'Gỡ lúc']);
    expect(metadatas.scheduledPublishAt.edit.description).toMatch(/trong vòng 1 phút/);
    expect(JSON.stringify(layouts.edit)).toContain('scheduledPublishAt');

    const reversed = await saveInAdmin({ title: 'Gỡ trước khi đăng', summary: 'Tóm tắt.', body, scheduledPublishAt: minutesFromNow(120), scheduledUnpublishAt: minutesFromNow(60) });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.name).toBe('ValidationError');
    expect(reversed.body.error.message).toMatch(/"Gỡ lúc" phải sau "Đăng lúc"/);
    expect(reversed.body.error.details.errors[0].path).toEqual(['scheduledUnpublishAt']);

    // Changing one of the two is checked against the stored other one.
    const draft = await draftArticle('Bài có lịch đăng', { scheduledPublishAt: minutesFromNow(120) });
    const earlier = await saveInAdmin({ scheduledUnpublishAt: minutesFromNow(30) }, draft);
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.message).toMatch(/Gỡ lúc/);
    const fine = await saveInAdmin({ scheduledUnpublishAt: minutesFromNow(180) }, draft);
    expect(fine.status).toBe(200);
  });

  it('lets only staff who may publish set a schedule: a role that may edit articles but not publish them is refused with 403', async () => {
    const role = await roleLikeEditor({ publish: false, scheduleFields: true });
    const email = `khong-xuat-ban-${Date.now()}@test.local`;
    await strapi.service('admin::user').create({ email, firstname: 'Viết', lastname: 'Bài', password: 'Writer-Test-1234', isActive: true, registrationToken: null, roles: [role.id] });
    const login = await http().post('/admin/login').send({ email, password: 'Writer-Test-1234' });
    const writer = login.body.data.token as string;
    const write = (data: Record<string, unknown>, documentId?: string) =>
      (documentId ? http().put(`/content-manager/collection-types/${ARTICLE}/${documentId}`) : http().post(`/content-manager/collection-types/${ARTICLE}`))
        .set('Authorization', `Bearer ${writer}`)
        .send(data);

    const draft = await write({ title: 'Bài của người không được xuất bản', summary: 'Tóm tắt.', body });
    expect(draft.status).toBe(201);
    const scheduled = await write({ scheduledPublishAt: minutesFromNow(-1) }, draft.body.data.documentId);
    expect(scheduled.status).toBe(403);
    expect(scheduled.body.error.message).toMatch(/Chỉ người có quyền xuất bản/);
    expect((await runDueSchedules(strapi)).published).toEqual([]);
    // A draft an editor scheduled can still be edited by them, the time left as it is.
    const time = minutesFromNow(90);
    expect((await saveInAdmin({ scheduledPublishAt: time }, draft.body.data.documentId)).status).toBe(200);
    expect((await write({ summary: 'Tóm tắt đã sửa.', scheduledPublishAt: time }, draft.body.data.documentId)).status).toBe(200);
  });

  it('shows the schedule to roles that may publish even when they were made before the fields existed, and to them only', async () => {
    const olderEditor = await roleLikeEditor({ publish: true, scheduleFields: false });
    const olderWriter = await roleLikeEditor({ publish: false, scheduleFields: false });
    expect(await updatableFields(olderEditor.id)).not.toContain('scheduledPublishAt');
    expect(await grantScheduleFieldsToPublishers(strapi)).toBeGreaterThanOrEqual(3);
    expect(await updatableFields(olderEditor.id)).toEqual(expect.arrayContaining(['title', 'scheduledPublishAt', 'scheduledUnpublishAt']));
    expect(await updatableFields(olderWriter.id)).not.toContain('scheduledPublishAt');
  });

  it('publishes and unpublishes each document exactly once when two CMS processes tick at the same moment', async () => {
    const second = await startSecondCms({ SCHEDULER_ENABLED: 'false' });
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push(await draftArticle(`Bài đua hai tiến trình ${i}`, { scheduledPublishAt: minutesFromNow(-1) }));

    const [here, there] = await Promise.all([runDueSchedules(strapi), second.tick()]);
    const publishedHere = here.published.map((job) => job.documentId);
    const publishedThere = there.published.map((job) => job.documentId);
    expect([...publishedHere, ...publishedThere].sort()).toEqual([...ids].sort());
    expect(publishedHere.filter((id) => publishedThere.includes(id))).toEqual([]);
    expect([...here.failed, ...there.failed]).toEqual([]);
    for (const id of ids) expect((await rowsOf(id)).filter((row) => row.publishedAt !== null)).toHaveLength(1);
    expect(await waitFor(() => ids.every((id) => callsFor('entry.publish', id) >= 1))).toBe(true);

    for (const id of ids) await strapi.documents(ARTICLE).update({ documentId: id, data: { scheduledUnpublishAt: minutesFromNow(-1) } as never });
    const [downHere, downThere] = await Promise.all([runDueSchedules(strapi), second.tick()]);
    const takenDown = [...downHere.unpublished, ...downThere.unpublished].map((job) => job.documentId);
    expect(takenDown.sort()).toEqual([...ids].sort());
    expect([...downHere.alreadyUnpublished, ...downThere.alreadyUnpublished, ...downHere.failed, ...downThere.failed]).toEqual([]);
    expect(await waitFor(() => ids.every((id) => callsFor('entry.unpublish', id) >= 1))).toBe(true);

    // Late duplicates would have arrived by now: one purge per publish and per unpublish.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const id of ids) expect([callsFor('entry.publish', id), callsFor('entry.unpublish', id)]).toEqual([1, 1]);
    await second.stop();
  });

  it('keeps a schedule across restarts: a freshly started CMS runs an overdue one from its own cron task', async () => {
    // The default tick is every minute; SCHEDULER_ENABLED=false leaves the task out.
    const saved = process.env.SCHEDULER_ENABLED;
    delete process.env.SCHEDULER_ENABLED;
    const tasks = scheduledPublishingCronTasks(env);
    process.env.SCHEDULER_ENABLED = saved;
    expect(tasks[SCHEDULED_PUBLISHING_TASK].options.rule).toBe(DEFAULT_SCHEDULER_CRON);
    expect(strapi.cron.jobs.some((job) => job.name === SCHEDULED_PUBLISHING_TASK)).toBe(false);
    // Strapi's cron takes the default rule, and its next tick is at most a minute away.
    strapi.cron.add({ defaultRuleProbe: { task: async () => undefined, options: { rule: DEFAULT_SCHEDULER_CRON } } });
    const untilProbe = strapi.cron.jobs.find((job) => job.name === 'defaultRuleProbe')!.job.nextInvocation()!.getTime() - Date.now();
    strapi.cron.remove('defaultRuleProbe');
    expect(untilProbe).toBeGreaterThan(0);
    expect(untilProbe).toBeLessThanOrEqual(60_000);

    // Stored while no scheduler runs; a CMS started afterwards finds it in the database.
    const overdue = await draftArticle('Bài quá hạn khi CMS tắt', { scheduledPublishAt: minutesFromNow(-30) });
    const restarted = await startSecondCms({ SCHEDULER_ENABLED: 'true', SCHEDULER_CRON: '* * * * * *' });
    expect(restarted.cronJobs).toEqual(expect.arrayContaining([expect.objectContaining({ name: SCHEDULED_PUBLISHING_TASK, options: { rule: '* * * * * *' } })]));
    expect(await waitFor(() => visibleToVisitors(overdue), 15_000)).toBe(true);
    expect(await waitFor(() => callsFor('entry.publish', overdue) === 1)).toBe(true);
    await restarted.stop();
  });
});
