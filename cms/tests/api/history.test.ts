import type { Core } from '@strapi/strapi';
import { BODY_MARKUP, SITE_SECRET, aCategory, associations, createAccount, jwtOf } from '../helpers/contributors';
import { adminJwt, adminJwtForRole, graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * "Lịch sử phiên bản" and "Nhật ký hoạt động" (src/history): what staff see in the admin panel,
 * through its content-manager API and the history's admin routes, over HTTP.
 */
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const HISTORY = '/admin/lienhiep-history';
const DATE_TIME = /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/;
const stamp = Date.now();
const titles = { first: `Hội thảo khoa học nông nghiệp ${stamp}`, second: `Hội thảo khoa học công nghệ cao ${stamp}`, third: `Tiêu đề sửa lần ba ${stamp}` };
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

let strapi: Core.Strapi;
let editor: string;
let savedSecret: string | undefined;
let documentId = '';

const asEditor = (token = editor) => ({ Authorization: `Bearer ${token}` });

type Version = { id: number; action: string; actionLabel: string; atText: string; actor: { kind: string; name: string; email: string | null }; changedFields: Array<{ field: string; label: string }>; restoredFrom: number | null };

async function versionsOf(id: string, token = editor): Promise<Version[]> {
  const response = await http().get(`${HISTORY}/documents/${ARTICLE}/${id}/versions`).set(asEditor(token));
  expect(response.status).toBe(200);
  return response.body.versions as Version[];
}

async function draftAndPublished(id: string): Promise<{ draft?: string; published?: string }> {
  const rows = (await strapi.db.query(ARTICLE).findMany({ select: ['title', 'publishedAt'], where: { documentId: id } })) as Array<{ title: string; publishedAt: unknown }>;
  return { draft: rows.find((row) => row.publishedAt == null)?.title, published: rows.find((row) => row.publishedAt != null)?.title };
}

beforeAll(async () => {
  savedSecret = process.env.REVALIDATE_SECRET;
  process.env.REVALIDATE_SECRET = SITE_SECRET;
  strapi = await startStrapi();
  editor = await adminJwt();
});

afterAll(async () => {
  await stopStrapi();
  process.env.REVALIDATE_SECRET = savedSecret;
});

describe('versions of a document', () => {
  it('keeps a version of every save, naming who saved and the fields changed', async () => {
    const created = await http()
      .post(CM)
      .set(asEditor())
      .send({ title: titles.first, summary: 'Tóm tắt hội thảo.', body: [paragraph('Đoạn mở đầu giữ nguyên.'), paragraph('Hội thảo bàn về giống lúa mới.')] });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    const updated = await http()
      .put(`${CM}/${documentId}`)
      .set(asEditor())
      .send({ title: titles.second, body: [paragraph('Đoạn mở đầu giữ nguyên.'), paragraph('Hội thảo bàn về chuyển đổi số.')] });
    expect(updated.status).toBe(200);
    // A write without a request (a script, a scheduled job) is the system's.
    await strapi.documents(ARTICLE).update({ documentId, data: { author: 'Phóng viên Lào Cai' } } as never);

    const [bySystem, update, create] = await versionsOf(documentId);
    expect(create).toMatchObject({ action: 'create', actionLabel: 'Tạo mới', actor: { kind: 'admin', name: 'Biên Tập', email: 'editor@test.local' } });
    expect(update).toMatchObject({ action: 'update', actor: { kind: 'admin', name: 'Biên Tập', email: 'editor@test.local' } });
    expect(update.changedFields).toEqual(expect.arrayContaining([{ field: 'title', label: 'Tiêu đề' }, { field: 'body', label: 'Nội dung' }]));
    expect(update.changedFields.map((field) => field.field)).not.toContain('summary');
    expect(update.atText).toMatch(DATE_TIME);
    expect(bySystem).toMatchObject({ actor: { kind: 'system', name: 'hệ thống' }, changedFields: [{ field: 'author', label: 'Tác giả' }] });
  });

  it('shows each changed field with its old and new text, rich text as plain text, and what changed in it', async () => {
    const [, update] = await versionsOf(documentId);
    const response = await http().get(`${HISTORY}/versions/${update.id}`).set(asEditor());
    expect(response.status).toBe(200);
    const changes = response.body.changes as Array<{ field: string; label: string; before: string; after: string; diff: Array<{ op: string; text: string }> }>;
    const title = changes.find((change) => change.field === 'title')!;
    expect(title).toMatchObject({ label: 'Tiêu đề', before: titles.first, after: titles.second });
    const body = changes.find((change) => change.field === 'body')!;
    expect(body.before).toBe('Đoạn mở đầu giữ nguyên.\nHội thảo bàn về giống lúa mới.');
    expect(body.after).toBe('Đoạn mở đầu giữ nguyên.\nHội thảo bàn về chuyển đổi số.');
    expect(body.diff.filter((segment) => segment.op === 'delete').map((segment) => segment.text).join('')).toBe('giống lúa mới.');
    expect(body.diff.filter((segment) => segment.op === 'insert').map((segment) => segment.text).join('')).toBe('chuyển đổi số.');
    expect(body.diff[0]).toEqual({ op: 'equal', text: 'Đoạn mở đầu giữ nguyên.\nHội thảo bàn về ' });
  });

  it('restores a version as the draft; the published version stays until the next publish', async () => {
    const published = await http().post(`${CM}/${documentId}/actions/publish`).set(asEditor()).send({});
    expect(published.status).toBe(200);
    // The content manager saves the draft before publishing: a save that changed nothing keeps no version.
    expect((await versionsOf(documentId)).map((version) => version.action)).toEqual(['publish', 'update', 'update', 'create']);
    expect((await http().put(`${CM}/${documentId}`).set(asEditor()).send({ title: titles.third })).status).toBe(200);
    const create = (await versionsOf(documentId)).find((version) => version.action === 'create')!;

    const restored = await http().post(`${HISTORY}/versions/${create.id}/restore`).set(asEditor()).send({});
    expect(restored.status).toBe(200);
    expect(await draftAndPublished(documentId)).toEqual({ draft: titles.first, published: titles.second });
    const draft = (await strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' })) as unknown as { body: unknown; author: string | null; date: string | null };
    expect(draft.body).toEqual([paragraph('Đoạn mở đầu giữ nguyên.'), paragraph('Hội thảo bàn về giống lúa mới.')]);
    expect(draft.author).toBeNull();
    // The version was saved before the first publication dated the article: the article keeps its date.
    expect(draft.date).not.toBeNull();
    const [latest] = await versionsOf(documentId);
    expect(latest).toMatchObject({ action: 'restore', restoredFrom: create.id, actionLabel: `Khôi phục phiên bản #${create.id}`, actor: { name: 'Biên Tập' } });
    expect(latest.changedFields.map((field) => field.field)).toEqual(expect.arrayContaining(['title', 'body', 'author']));

    expect((await http().post(`${CM}/${documentId}/actions/publish`).set(asEditor()).send({})).status).toBe(200);
    expect(await draftAndPublished(documentId)).toEqual({ draft: titles.first, published: titles.first });
  });

  it('names the contributor who saved a submission', async () => {
    const [association] = await associations(strapi);
    const account = await createAccount(strapi, { association: association.documentId, fullName: 'Trần Thị Cộng Tác' });
    const category = await aCategory(strapi);
    const response = await http()
      .post('/api/contributor/submissions')
      .set({ Authorization: `Bearer ${await jwtOf(account)}` })
      .field('data', JSON.stringify({ title: `Bài cộng tác viên gửi ${stamp}`, summary: 'Tóm tắt bài gửi.', body: BODY_MARKUP, category: category.documentId }));
    expect(response.status).toBe(201);
    const [version] = await versionsOf(response.body.data.documentId);
    expect(version.actor).toEqual({ kind: 'contributor', kindLabel: 'Cộng tác viên', name: 'Trần Thị Cộng Tác', email: account.email });
  });
});

describe('the audit log', () => {
  it('records publications, unpublications and deletions with who and which document, newest first', async () => {
    expect((await http().post(`${CM}/${documentId}/actions/unpublish`).set(asEditor()).send({})).status).toBe(200);
    expect((await http().delete(`${CM}/${documentId}`).set(asEditor())).status).toBe(200);
    const response = await http().get(`${HISTORY}/audit-log?pageSize=10`).set(asEditor());
    expect(response.status).toBe(200);
    const entries = (response.body.entries as Array<{ documentId: string; action: string; title: string; atText: string; actor: { name: string; email: string }; editPath: string | null; contentTypeLabel: string }>).filter(
      (entry) => entry.documentId === documentId,
    );
    expect(entries.map((entry) => [entry.action, entry.title])).toEqual([
      ['delete', titles.first],
      ['unpublish', titles.first],
      ['publish', titles.first],
      ['publish', titles.second],
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ contentTypeLabel: 'Tin bài', actor: { name: 'Biên Tập', email: 'editor@test.local' }, editPath: null });
      expect(entry.atText).toMatch(DATE_TIME);
    }
    // The deleted document's history stays readable, its last version the deletion.
    expect((await versionsOf(documentId))[0].action).toBe('delete');
  });

  it('cannot be edited or emptied by anyone: no route, no content type, and the database refuses', async () => {
    const [first] = (await http().get(`${HISTORY}/audit-log`).set(asEditor())).body.entries as Array<{ id: number; title: string }>;
    for (const [method, path] of [
      ['put', `${HISTORY}/audit-log/${first.id}`],
      ['delete', `${HISTORY}/audit-log/${first.id}`],
      ['delete', `${HISTORY}/audit-log`],
      ['put', `/content-manager/collection-types/api::audit-entry.audit-entry/${first.id}`],
      ['delete', `/content-manager/collection-types/api::audit-entry.audit-entry/${first.id}`],
    ] as const) {
      const response = await http()[method](path).set(asEditor()).send({ title: 'Sửa nhật ký' });
      expect({ path, status: response.status >= 400 && response.status < 500 }).toEqual({ path, status: true });
    }
    for (const path of ['/api/audit-entries', '/api/audit-log', '/api/lienhiep-audit-log']) {
      expect((await http().delete(path)).status).toBeGreaterThanOrEqual(400);
    }
    const table = () => strapi.db.connection('lienhiep_audit_log');
    const refusal = async (run: () => PromiseLike<unknown>) => {
      try {
        return `not refused: ${JSON.stringify(await run())}`;
      } catch (error) {
        return String(error);
      }
    };
    expect(await refusal(() => table().where({ id: first.id }).update({ title: 'Sửa nhật ký' }))).toMatch(/append-only/);
    expect(await refusal(() => table().where({ id: first.id }).del())).toMatch(/append-only/);
    const row = (await table().where({ id: first.id }).first()) as { title: string };
    expect(row.title).toBe(first.title);
  });
});

describe('who may read the history', () => {
  it('refuses anonymous visitors, contributors and staff who may not read or edit the document', async () => {
    const paths = [`${HISTORY}/documents/${ARTICLE}/${documentId}/versions`, `${HISTORY}/audit-log`];
    for (const path of paths) expect((await http().get(path)).status).toBe(401);
    const [association] = await associations(strapi);
    const contributor = await jwtOf(await createAccount(strapi, { association: association.documentId }));
    for (const path of paths) expect((await http().get(path).set({ Authorization: `Bearer ${contributor}` })).status).toBe(401);

    // An author (Strapi's "Author" role) reads and edits only the articles they created.
    const editors = await http().post(CM).set(asEditor()).send({ title: `Bản nháp của biên tập viên ${stamp}`, summary: 'Tóm tắt.', body: [paragraph('Nháp.')] });
    const author = await adminJwtForRole('strapi-author');
    const refused = await http().get(`${HISTORY}/documents/${ARTICLE}/${editors.body.data.documentId}/versions`).set(asEditor(author));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/^Bạn không có quyền xem lịch sử/);
    const [version] = await versionsOf(editors.body.data.documentId);
    expect((await http().get(`${HISTORY}/versions/${version.id}`).set(asEditor(author))).status).toBe(403);
    expect((await http().post(`${HISTORY}/versions/${version.id}/restore`).set(asEditor(author)).send({})).status).toBe(403);
    await strapi.documents(ARTICLE).delete({ documentId: editors.body.data.documentId });
  });

  it('answers malformed requests with a clear 4xx', async () => {
    expect((await http().get(`${HISTORY}/documents/api::nope.nope/abc/versions`).set(asEditor())).status).toBe(404);
    expect((await http().get(`${HISTORY}/documents/${ARTICLE}/${encodeURIComponent("x' OR 1=1")}/versions`).set(asEditor())).status).toBe(400);
    expect((await http().get(`${HISTORY}/versions/abc`).set(asEditor())).status).toBe(400);
    expect((await http().get(`${HISTORY}/versions/999999999`).set(asEditor())).status).toBe(404);
    const page = await http().get(`${HISTORY}/audit-log?pageSize=100000`).set(asEditor());
    expect(page.status).toBe(400);
    expect(page.body.error.message).toMatch(/pageSize/);
  });

  it('keeps versions and the audit log out of the public GraphQL schema', async () => {
    const { data } = await graphql('{ __schema { types { name } queryType { fields { name } } } }');
    const names = [...data!.__schema.types.map((type: { name: string }) => type.name), ...data!.__schema.queryType.fields.map((field: { name: string }) => field.name)];
    expect(names.filter((name) => /audit|history|revision|version/i.test(name))).toEqual([]);
  });
});
