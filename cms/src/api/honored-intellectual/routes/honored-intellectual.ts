import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::honored-intellectual.honored-intellectual', {
  only: ['find', 'findOne'],
});
