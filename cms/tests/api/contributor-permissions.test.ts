import type { Core } from '@strapi/strapi';
import { makeDemoImage } from '../../src/seed/demo-files';
import { BODY_MARKUP, SITE_SECRET, aCategory, associations, createAccount, jwtOf, type TestAccount } from '../helpers/contributors';
import { graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * A contributor touches their own drafts and nothing else: not another contributor's submission,
 * not the editors' drafts, not any other type, not publishing, not their account or association,
 * not the media library — through REST, GraphQL and the contributor API alike.
 */
const ARTICLE = 'api::article.article';
let strapi: Core.Strapi;
let savedSecret: string | undefined;
let mine: TestAccount;
let theirs: TestAccount;
let myJwt: string;
let theirJwt: string;
let myAssociation: { documentId: string; name: string };
let theirAssociation: { documentId: string; name: string };
const stamp = Date.now();
const titles = { mine: `Bài của tôi ${stamp}`, theirs: `Bài của hội khác ${stamp}`, editors: `Bản nháp của biên tập viên ${stamp}` };
const ids = { mine: '', theirs: '', editors: '' };

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function submitAs(token: string, title: string): Promise<string> {
  const category = await aCategory(strapi);
  const response = await http()
    .post('/api/contributor/submissions')
    .set(auth(token))
    .field('data', JSON.stringify({ title, summary: 'Tóm tắt bài gửi.', body: BODY_MARKUP, category: category.documentId }));
  if (response.status !== 201) throw new Error(`submission failed: ${JSON.stringify(response.body)}`);
  return response.body.data.documentId as string;
}

/** Every title in a REST or GraphQL answer, wherever it is. */
const titlesIn = (body: unknown): string => JSON.stringify(body);

beforeAll(async () => {
  savedSecret = process.env.REVALIDATE_SECRET;
  process.env.REVALIDATE_SECRET = SITE_SECRET;
  strapi = await startStrapi();
  [myAssociation, theirAssociation] = await associations(strapi);
  mine = await createAccount(strapi, { association: myAssociation.documentId });
  theirs = await createAccount(strapi, { association: theirAssociation.documentId });
  myJwt = await jwtOf(mine);
  theirJwt = await jwtOf(theirs);
  ids.mine = await submitAs(myJwt, titles.mine);
  ids.theirs = await submitAs(theirJwt, titles.theirs);
  const editors = await strapi.documents(ARTICLE).create({
    data: { title: titles.editors, summary: 'Nháp nội bộ.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nháp' }] }] },
  } as never);
  ids.editors = editors.documentId;
});

afterAll(async () => {
  await stopStrapi();
  process.env.REVALIDATE_SECRET = savedSecret;
});

describe('drafts through the public APIs, with a contributor\'s JWT', () => {
  it('REST /api/articles?status=draft lists their own drafts only', async () => {
    const response = await http().get('/api/articles?status=draft&pagination[pageSize]=100').set(auth(myJwt));
    expect(response.status).toBe(200);
    const body = titlesIn(response.body);
    expect(body).toContain(titles.mine);
    expect(body).not.toContain(titles.theirs);
    expect(body).not.toContain(titles.editors);
    for (const id of [ids.theirs, ids.editors]) {
      const one = await http().get(`/api/articles/${id}?status=draft`).set(auth(myJwt));
      expect({ id, status: one.status }).toEqual({ id, status: 404 });
    }
  });

  it('GraphQL status: DRAFT gives their own drafts only, never the contributor or the editor\'s note', async () => {
    const list = await graphql('{ articles(status: DRAFT, pagination: { limit: 100 }) { documentId title } }', undefined, myJwt);
    expect(list.errors).toBeUndefined();
    const body = titlesIn(list.data);
    expect(body).toContain(titles.mine);
    expect(body).not.toContain(titles.theirs);
    expect(body).not.toContain(titles.editors);
    const other = await graphql(`{ article(documentId: "${ids.theirs}", status: DRAFT) { title } }`, undefined, myJwt);
    expect(other.data?.article ?? null).toBeNull();
    const hidden = await graphql(`{ article(documentId: "${ids.mine}", status: DRAFT) { title contributor { email } reviewNote } }`, undefined, myJwt);
    expect(hidden.errors?.[0].message).toMatch(/Cannot query field "contributor"/);
  });

  it('other types\' drafts stay refused', async () => {
    for (const url of ['/api/events?status=draft', '/api/associations?status=draft', '/api/pages?status=draft']) {
      const response = await http().get(url).set(auth(myJwt));
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
    }
    const events = await graphql('{ events(status: DRAFT) { title } }', undefined, myJwt);
    expect(events.errors?.[0].message).toMatch(/biên tập viên/);
  });

  it('a visitor sees none of the submissions', async () => {
    const response = await http().get('/api/articles?pagination[pageSize]=100');
    const body = titlesIn(response.body);
    expect(body).not.toContain(titles.mine);
    expect(body).not.toContain(titles.theirs);
  });
});

describe('another contributor\'s submission', () => {
  it('is a 404 to read or to edit, and stays as it was', async () => {
    const read = await http().get(`/api/contributor/submissions/${ids.theirs}`).set(auth(myJwt));
    expect(read.status).toBe(404);
    const edit = await http()
      .put(`/api/contributor/submissions/${ids.theirs}`)
      .set(auth(myJwt))
      .field('data', JSON.stringify({ title: 'Bị sửa trộm mất rồi', summary: 'x', body: 'x', category: (await aCategory(strapi)).documentId }));
    expect(edit.status).toBe(404);
    const draft = await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { documentId: ids.theirs }, fields: ['title'] });
    expect(draft?.title).toBe(titles.theirs);
  });

  it('an editor\'s draft is not a submission either', async () => {
    const read = await http().get(`/api/contributor/submissions/${ids.editors}`).set(auth(myJwt));
    expect(read.status).toBe(404);
  });

  it('is not in their list', async () => {
    const list = await http().get('/api/contributor/submissions').set(auth(myJwt));
    const documentIds = list.body.data.map((s: { documentId: string }) => s.documentId);
    expect(documentIds).toContain(ids.mine);
    expect(documentIds).not.toContain(ids.theirs);
  });
});

describe('writing anything but their own drafts', () => {
  it('cannot publish: no route, REST writes refused, GraphQL has no mutation', async () => {
    const attempts = [
      http().put(`/api/articles/${ids.mine}?status=published`).set(auth(myJwt)).send({ data: { title: 'Đăng luôn' } }),
      http().post('/api/articles').set(auth(myJwt)).send({ data: { title: 'Bài mới đăng thẳng', summary: 'x' } }),
      http().post(`/api/articles/${ids.mine}/actions/publish`).set(auth(myJwt)),
      http().post(`/api/contributor/submissions/${ids.mine}/publish`).set(auth(myJwt)),
      http().delete(`/api/articles/${ids.mine}`).set(auth(myJwt)),
      http().delete(`/api/contributor/submissions/${ids.mine}`).set(auth(myJwt)),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      expect([403, 404, 405]).toContain(response.status);
    }
    const mutation = await graphql(`mutation { updateArticle(documentId: "${ids.mine}", status: PUBLISHED, data: { title: "Đăng" }) { title } }`, undefined, myJwt);
    expect(mutation.errors?.[0].message).toMatch(/Cannot query field "updateArticle"/);
    expect(await strapi.documents(ARTICLE).count({ filters: { documentId: ids.mine }, status: 'published' } as never)).toBe(0);
  });

  it('cannot write other types', async () => {
    const event = await strapi.documents('api::event.event').findFirst({ status: 'published', fields: ['title'] });
    const attempts = [
      http().post('/api/events').set(auth(myJwt)).send({ data: { title: 'Sự kiện lạ', kind: 'other', startAt: '2027-01-01T00:00:00.000Z' } }),
      http().put(`/api/events/${event!.documentId}`).set(auth(myJwt)).send({ data: { title: 'Đổi tên' } }),
      http().put(`/api/associations/${myAssociation.documentId}`).set(auth(myJwt)).send({ data: { name: 'Đổi tên hội' } }),
      http().post('/api/categories').set(auth(myJwt)).send({ data: { name: 'Chuyên mục lạ' } }),
      http().put('/api/global').set(auth(myJwt)).send({ data: { siteName: 'Trang lạ' } }),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      // 405: the content types' write routes are not even mounted (staff write in the admin).
      expect([403, 405]).toContain(response.status);
    }
  });

  it('cannot change their account or association through /api/users, nor read others', async () => {
    const attempts = [
      http().put(`/api/users/${mine.id}`).set(auth(myJwt)).send({ association: theirAssociation.documentId }),
      http().put(`/api/users/${theirs.id}`).set(auth(myJwt)).send({ blocked: true }),
      http().get(`/api/users/${theirs.id}`).set(auth(myJwt)),
      http().get('/api/users').set(auth(myJwt)),
      http().get('/api/users/me').set(auth(myJwt)),
      http().post('/api/users').set(auth(myJwt)).send({ username: 'x', email: 'x@test.local', password: 'Mat-khau-2026' }),
      http().get('/api/users-permissions/roles').set(auth(myJwt)),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      expect(response.status).toBe(403);
    }
    const gql = await graphql(`mutation { updateUsersPermissionsUser(id: "${mine.id}", data: { association: "${theirAssociation.documentId}" }) { data { documentId } } }`, undefined, myJwt);
    expect(gql.errors?.[0].message).toMatch(/Forbidden/i);
    const me = await http().get('/api/contributor/me').set(auth(myJwt));
    expect(me.body.association.documentId).toBe(myAssociation.documentId);
  });

  it('cannot change a submission\'s association', async () => {
    const response = await http()
      .put(`/api/contributor/submissions/${ids.mine}`)
      .set(auth(myJwt))
      .field('data', JSON.stringify({ title: titles.mine, summary: 'x', body: 'x', category: (await aCategory(strapi)).documentId, associations: [theirAssociation.documentId] }));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['associations']);
    const draft = (await strapi.documents(ARTICLE).findFirst({ status: 'draft', filters: { documentId: ids.mine }, populate: { associations: true } } as never)) as unknown as {
      associations: Array<{ documentId: string }>;
    };
    expect(draft.associations.map((a) => a.documentId)).toEqual([myAssociation.documentId]);
  });

  it('cannot use the media library (/api/upload) directly', async () => {
    const image = await makeDemoImage('landscape', 'contributor-upload');
    const upload = await http().post('/api/upload').set(auth(myJwt)).attach('files', image.buffer, { filename: 'anh.jpg', contentType: 'image/jpeg' });
    expect(upload.status).toBe(403);
    const files = await http().get('/api/upload/files').set(auth(myJwt));
    expect(files.status).toBe(403);
  });

  it('signs in through REST only: users-permissions\' GraphQL login and password mutations are refused', async () => {
    const login = await graphql(`mutation { login(input: { identifier: "${mine.email}", password: "${mine.password}" }) { jwt } }`);
    expect(login.data?.login ?? null).toBeNull();
    expect(login.errors?.[0].message).toMatch(/REST \/api\/auth/);
    const change = await graphql('mutation { changePassword(currentPassword: "a", password: "Mat-khau-moi-1", passwordConfirmation: "Mat-khau-moi-1") { jwt } }', undefined, myJwt);
    expect(change.errors?.[0].message).toMatch(/REST \/api\/auth/);
  });
});

describe('who is a contributor', () => {
  it('a user of another role gets nothing of the contributor API, whatever its token', async () => {
    const other = await createAccount(strapi, { role: 'authenticated', association: myAssociation.documentId });
    const token = strapi.plugin('users-permissions').service('jwt').issue({ id: other.id }) as string;
    for (const url of ['/api/contributor/me', '/api/contributor/submissions']) {
      const response = await http().get(url).set(auth(token));
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
    }
    const drafts = await http().get('/api/articles?status=draft').set(auth(token));
    expect(drafts.status).toBe(403);
  });

  it('a contributor blocked by staff is signed out at once', async () => {
    const leaving = await createAccount(strapi, { association: myAssociation.documentId });
    const token = await jwtOf(leaving);
    expect((await http().get('/api/contributor/me').set(auth(token))).status).toBe(200);
    await strapi.db.query('plugin::users-permissions.user').update({ where: { id: leaving.id }, data: { blocked: true } });
    expect((await http().get('/api/contributor/me').set(auth(token))).status).toBe(401);
  });
});
