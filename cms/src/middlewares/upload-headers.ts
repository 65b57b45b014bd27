import { applyUploadHeaders } from '../security/uploads/serve-headers';

/** `global::upload-headers`: safe headers on every /uploads/ response (see security/uploads). */
export default () => applyUploadHeaders;
