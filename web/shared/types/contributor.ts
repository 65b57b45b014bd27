import type { FieldErrors, FormValues, SubmissionStatus } from '../utils/contributor-forms';

/** The CMS's answers about a contributor (GET /api/contributor/me, /submissions, /submissions/:id). */
export type Contributor = { id: number; email: string; fullName: string; association: { documentId: string; name: string; slug: string } | null };
export type SubmissionSummary = { documentId: string; title: string; slug: string; status: SubmissionStatus; reviewNote: string | null; createdAt: string; updatedAt: string; publishedAt: string | null };
export type Submission = SubmissionSummary & { summary: string; body: string; category: { documentId: string; name: string } | null; cover: { url: string; alternativeText: string | null } | null };

/** A form shown again after a refusal: what was typed (never a password), the errors, the status of the answer. */
export type FormOutcome = { values: FormValues; errors: FieldErrors; message?: string; status: number };

/**
 * What the site's server (server/middleware/4.contributor-pages.ts) prepared for a contributor page:
 * the forms' CSRF token, the signed-in contributor and their data, a refused form. Never the JWT.
 */
export type ContributorPageState = {
  csrfToken: string;
  signedIn: boolean;
  contributor?: Contributor;
  submissions?: SubmissionSummary[];
  submission?: Submission;
  form?: FormOutcome;
  /** Why a signed-in page cannot show what it should (the CMS's Vietnamese message). */
  problem?: string;
};
