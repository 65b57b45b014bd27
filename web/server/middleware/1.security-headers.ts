/** Hardening headers on every answer (server/utils/security-headers.ts). */
export default defineEventHandler((event) => {
  setSecurityHeaders(event);
});
