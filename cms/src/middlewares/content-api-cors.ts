import { anyOriginForContentApi } from '../security/cors-origins';

/** global::content-api-cors: `Access-Control-Allow-Origin: *` on the content API when CORS_ORIGINS allows any origin (src/security/cors-origins.ts). */
export default (config: { origins?: string[] }) => anyOriginForContentApi(config.origins ?? []);
