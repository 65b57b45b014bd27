import { errors } from '@strapi/utils';
import { GRAPHQL_AUTH_REFUSED_MESSAGE } from '../contributors/graphql';

/** global::graphql-auth-refused: put on users-permissions' auth mutations (src/contributors/graphql.ts). */
export default () => {
  throw new errors.PolicyError(GRAPHQL_AUTH_REFUSED_MESSAGE);
};
