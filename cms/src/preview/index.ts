export { previewUrl, PREVIEW_PATH, PREVIEW_TOKEN_PARAM, PREVIEWABLE_TYPES, type PreviewRequest } from './preview-link';
export { previewClaimsOf, previewSettings, PREVIEW_TOKEN_HEADER } from './preview-request';
export { previewSecret, previewTtlSeconds, siteOrigin, type PreviewSettings } from './preview-settings';
export { signPreviewToken, verifyPreviewToken, type PreviewClaims } from './preview-token';
