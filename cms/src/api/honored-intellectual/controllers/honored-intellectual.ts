import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::honored-intellectual.honored-intellectual');
