import type { H3Event } from 'h3';
import type { ContributorPageState, FormOutcome } from '#shared/types/contributor';
import type { RouteName } from '#shared/routes';
import { routes } from '#shared/routes';
import { withNotice } from '#shared/utils/contributor-notices';
import {
  ACCOUNT_REQUEST_FIELDS,
  CHANGE_PASSWORD_FIELDS,
  checkAccountRequest,
  checkChangePassword,
  checkForgotPassword,
  checkResetPassword,
  checkSignIn,
  checkSubmission,
  FORGOT_PASSWORD_FIELDS,
  formValues,
  isDocumentId,
  MAX_SUBMISSION_FORM_BYTES,
  MAX_TEXT_FORM_BYTES,
  RESET_PASSWORD_FIELDS,
  SIGN_IN_FIELDS,
  SUBMISSION_FIELDS,
  tooLargeCoverMessage,
  type FieldErrors,
  type FormValues,
} from '#shared/utils/contributor-forms';
import type { CmsRefusal } from './contributor-cms';
import type { ParsedForm } from './form-body';

/**
 * The server side of the contributor pages (issue 9): who may see each page, what it loads from
 * the CMS, and what its form does when POSTed. Pages (app/pages/dang-nhap.vue, cong-tac-vien/…)
 * only render the state prepared here (app/composables/useContributorPage.ts): plain HTML forms,
 * no script needed. A form that succeeds redirects (303, post/redirect/get) to a page naming its
 * confirmation; one that is refused is shown again with the errors next to the fields and what was
 * typed kept (never a password), with the status of the refusal.
 */

type Access = 'anyone' | 'guest' | 'contributor';
/** What a POST ends in: a redirect, or the form shown again. */
type Outcome = { redirect: string } | FormOutcome;
type PageContext = { event: H3Event; state: ContributorPageState; jwt?: string; param?: string };
type ContributorPage = {
  access: Access;
  load?: (context: PageContext) => Promise<void>;
  /** The POST, with the form already read and its CSRF token checked. */
  submit?: (context: PageContext, form: ParsedForm) => Promise<Outcome>;
  maxBodyBytes?: number;
};

const PAGES: Partial<Record<RouteName, ContributorPage>> = {
  signIn: { access: 'guest', submit: signIn },
  signOut: {
    access: 'anyone',
    submit: async ({ event }) => {
      endSession(event);
      return { redirect: withNotice(routes.signIn(), 'da-dang-xuat') };
    },
  },
  contributorRequest: { access: 'anyone', submit: requestAccount },
  forgotPassword: { access: 'anyone', submit: forgotPassword },
  resetPassword: { access: 'anyone', submit: resetPassword },
  contributorHome: { access: 'contributor', load: loadSubmissions },
  contributorNewSubmission: { access: 'contributor', submit: saveSubmission, maxBodyBytes: MAX_SUBMISSION_FORM_BYTES },
  contributorSubmission: { access: 'contributor', load: loadSubmission, submit: saveSubmission, maxBodyBytes: MAX_SUBMISSION_FORM_BYTES },
  contributorPassword: { access: 'contributor', submit: changePassword },
};

/** The routes whose forms POST to themselves (server/middleware/2.allowed-methods.ts allows POST there only). */
export const CONTRIBUTOR_FORM_ROUTES = new Set(Object.entries(PAGES).filter(([, page]) => page.submit).map(([name]) => name as RouteName));

export function isContributorRoute(route: RouteName | undefined): route is RouteName {
  return route !== undefined && PAGES[route] !== undefined;
}

/** The form refused: a 403 page (Vietnamese), whatever it held. */
function forbiddenForm(): never {
  throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'Biểu mẫu không hợp lệ hoặc đã hết hạn. Invalid or expired form.' });
}

/**
 * Handles a request for a contributor page: the answer (a redirect) when there is one, else
 * nothing, with `event.context.contributorPage` ready for the page to render.
 */
export async function handleContributorPage(event: H3Event, route: RouteName, param?: string): Promise<string | undefined> {
  const page = PAGES[route]!;
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const post = event.method === 'POST';
  // A POST from another site is refused before anything is read.
  if (post && !isSameOriginRequest(event)) forbiddenForm();

  const jwt = sessionJwt(event);
  const state: ContributorPageState = { csrfToken: csrfToken(event), signedIn: jwt !== undefined };
  event.context.contributorPage = state;
  const context: PageContext = { event, state, jwt, param };

  if (page.access === 'guest' && jwt && !post) return routes.contributorHome();
  if (page.access === 'contributor') {
    if (!jwt) return routes.signIn();
    const me = await contributorCms.me(event, jwt);
    if (!me.ok) {
      if (endsSession(me)) {
        endSession(event);
        return withNotice(routes.signIn(), 'het-phien');
      }
      throw createError(me.status === 403 ? { statusCode: 403, statusMessage: 'Forbidden', message: me.message } : { statusCode: 503, statusMessage: 'CMS unavailable' });
    }
    state.contributor = me.data;
  }

  if (post && page.submit) {
    const form = await readFormWithin(event, page.maxBodyBytes ?? MAX_TEXT_FORM_BYTES);
    if (form === 'unreadable') forbiddenForm();
    if (form === 'too-large') {
      state.form = { values: {}, errors: page.maxBodyBytes ? { cover: tooLargeCoverMessage() } : {}, message: 'Biểu mẫu quá lớn, chưa được gửi.', status: 413 };
    } else {
      if (!isTrustedFormPost(event, form.fields._csrf)) forbiddenForm();
      const outcome = await page.submit(context, form);
      if ('redirect' in outcome) return outcome.redirect;
      state.form = outcome;
    }
  }
  if (page.load) await page.load(context);
  return undefined;
}

/**
 * A refusal that means the visitor is no longer a signed-in contributor: the JWT missing or expired,
 * the account blocked since (401, or 403 without a `details.code`), or not a contributor's.
 */
function endsSession(refusal: CmsRefusal): boolean {
  return refusal.status === 401 || (refusal.status === 403 && (refusal.code === undefined || refusal.code === 'not_a_contributor'));
}

/** The form again, with the CMS's refusal: its message, and its field errors next to the fields. */
function refused(event: H3Event, values: FormValues, refusal: CmsRefusal, dropped: readonly string[] = []): FormOutcome {
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !dropped.includes(name)));
  if (refusal.retryAfter) event.node.res.setHeader('retry-after', refusal.retryAfter);
  return { values: kept, errors: refusal.fields, message: Object.keys(refusal.fields).length > 0 && refusal.status === 400 ? undefined : refusal.message, status: refusal.status };
}

function invalid(values: FormValues, errors: FieldErrors, dropped: readonly string[] = []): FormOutcome {
  return { values: Object.fromEntries(Object.entries(values).filter(([name]) => !dropped.includes(name))), errors, status: 400 };
}

const PASSWORDS = ['password', 'passwordConfirmation', 'currentPassword'];

async function signIn({ event }: PageContext, form: ParsedForm): Promise<Outcome> {
  const values = formValues(form.fields, SIGN_IN_FIELDS);
  const errors = checkSignIn(values);
  if (Object.keys(errors).length > 0) return invalid(values, errors, PASSWORDS);
  const answer = await contributorCms.signIn(event, values.identifier!, values.password!);
  if (!answer.ok) return refused(event, values, { ...answer, fields: {} }, PASSWORDS);
  startSession(event, answer.data.jwt);
  return { redirect: routes.contributorHome() };
}

async function requestAccount({ event }: PageContext, form: ParsedForm): Promise<Outcome> {
  const values = formValues(form.fields, ACCOUNT_REQUEST_FIELDS);
  const errors = checkAccountRequest(values);
  if (Object.keys(errors).length > 0) return invalid(values, errors, PASSWORDS);
  const { phone, message, ...required } = values as Record<(typeof ACCOUNT_REQUEST_FIELDS)[number], string>;
  const answer = await contributorCms.requestAccount(event, { ...required, ...(phone ? { phone } : {}), ...(message ? { message } : {}) });
  if (!answer.ok) return refused(event, values, answer, PASSWORDS);
  return { redirect: withNotice(routes.contributorRequest(), 'da-gui-yeu-cau') };
}

async function forgotPassword({ event }: PageContext, form: ParsedForm): Promise<Outcome> {
  const values = formValues(form.fields, FORGOT_PASSWORD_FIELDS);
  const errors = checkForgotPassword(values);
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const answer = await contributorCms.forgotPassword(event, values.email!);
  // The same answer whether or not the address has an account: the page tells nobody which addresses do.
  if (!answer.ok && (answer.status === 429 || answer.status >= 500)) return refused(event, values, answer);
  return { redirect: withNotice(routes.forgotPassword(), 'da-gui-email') };
}

async function resetPassword({ event }: PageContext, form: ParsedForm): Promise<Outcome> {
  const values = formValues(form.fields, RESET_PASSWORD_FIELDS);
  const errors = checkResetPassword(values);
  if (Object.keys(errors).length > 0) return invalid(values, errors, PASSWORDS);
  const answer = await contributorCms.resetPassword(event, values as { code: string; password: string; passwordConfirmation: string });
  if (!answer.ok) {
    // The code is the link's, not a field the visitor sees: its error is the form's message.
    const { code, ...fields } = answer.fields;
    const outcome = refused(event, values, { ...answer, fields }, PASSWORDS);
    return code ? { ...outcome, message: code } : outcome;
  }
  return { redirect: withNotice(routes.signIn(), 'da-dat-lai-mat-khau') };
}

async function changePassword({ event, jwt }: PageContext, form: ParsedForm): Promise<Outcome> {
  const values = formValues(form.fields, CHANGE_PASSWORD_FIELDS);
  const errors = checkChangePassword(values);
  if (Object.keys(errors).length > 0) return invalid(values, errors, PASSWORDS);
  const answer = await contributorCms.changePassword(event, jwt!, values as { currentPassword: string; password: string; passwordConfirmation: string });
  if (!answer.ok) return refused(event, values, answer, PASSWORDS);
  startSession(event, answer.data.jwt);
  return { redirect: withNotice(routes.contributorHome(), 'da-doi-mat-khau') };
}

async function loadSubmissions({ event, jwt, state }: PageContext): Promise<void> {
  const answer = await contributorCms.submissions(event, jwt!);
  if (answer.ok) state.submissions = answer.data.data;
  // An account without an association (details.code no_association): the page says why it lists nothing.
  else if (answer.status === 403 && answer.code) state.problem = answer.message;
  else throw createError({ statusCode: 503, statusMessage: 'CMS unavailable' });
}

async function loadSubmission({ event, jwt, state, param }: PageContext): Promise<void> {
  if (!param || !isDocumentId(param)) throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  const answer = await contributorCms.submission(event, jwt!, param);
  if (!answer.ok) throw createError(answer.status === 404 || answer.status === 403 ? { statusCode: 404, statusMessage: 'Page not found' } : { statusCode: 503, statusMessage: 'CMS unavailable' });
  state.submission = answer.data.data;
}

/** A new submission (gui-tin) or a draft edited (tin/<documentId>): the article's fields and an optional cover image. */
async function saveSubmission({ event, jwt, param }: PageContext, form: ParsedForm): Promise<Outcome> {
  if (param !== undefined && !isDocumentId(param)) throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  const values = formValues(form.fields, SUBMISSION_FIELDS);
  const cover = form.files.cover;
  const errors = checkSubmission(values, cover);
  if (Object.keys(errors).length > 0) return { ...invalid(values, errors), status: errors.cover && Object.keys(errors).length === 1 ? 413 : 400 };
  const body = new FormData();
  const { coverAlt, ...fields } = values;
  body.append('data', JSON.stringify({ ...fields, ...(coverAlt ? { coverAlt } : {}) }));
  if (cover) body.append('cover', cover, cover.name || 'anh');
  const answer = await contributorCms.saveSubmission(event, jwt!, body, param);
  if (!answer.ok) return refused(event, values, answer);
  return { redirect: withNotice(routes.contributorHome(), param ? 'da-sua-tin' : 'da-gui-tin') };
}

declare module 'h3' {
  interface H3EventContext {
    /** What a contributor page renders (app/composables/useContributorPage.ts). */
    contributorPage?: ContributorPageState;
  }
}
