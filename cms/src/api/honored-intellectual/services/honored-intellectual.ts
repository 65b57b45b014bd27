import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::honored-intellectual.honored-intellectual');
