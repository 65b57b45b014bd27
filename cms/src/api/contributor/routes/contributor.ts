/**
 * The contributor API (issue 9; the contract is docs in README "Contributors"): a signed-in
 * contributor's profile and own submissions, and the account request form's endpoint. The signed-in
 * routes need the "Cộng tác viên" role's permissions (src/contributors/roles.ts); the request is
 * public and limited per visitor address. There is no route to publish, delete, or change the association.
 */
export default {
  routes: [
    { method: 'GET', path: '/contributor/me', handler: 'contributor.me' },
    { method: 'GET', path: '/contributor/submissions', handler: 'contributor.submissions' },
    { method: 'POST', path: '/contributor/submissions', handler: 'contributor.submit' },
    { method: 'GET', path: '/contributor/submissions/:documentId', handler: 'contributor.submission' },
    { method: 'PUT', path: '/contributor/submissions/:documentId', handler: 'contributor.resubmit' },
    { method: 'POST', path: '/contributor-requests', handler: 'contributor.request', config: { auth: false } },
  ],
};
