import { ContributorAssociationsQuery, SubmissionCategoriesQuery } from '#shared/graphql/contributors';

/** The published member associations, by name, for the account request form. */
export async function useContributorAssociations() {
  const { data } = await useCmsQuery('contributor-associations', ContributorAssociationsQuery, () => ({}), { shared: true });
  return compact(data.value.associations);
}

/** The news categories, in the menu's order, for the submission form. */
export async function useSubmissionCategories() {
  const { data } = await useCmsQuery('submission-categories', SubmissionCategoriesQuery, () => ({}), { shared: true });
  return compact(data.value.categories);
}
