import type { Core } from '@strapi/strapi';
import { positiveConfigNumber } from '../config-number';

/** The rate limits of the content API, read once from config/security.ts (RATE_LIMIT_* variables). */
export type RateLimitSettings = {
  enabled: boolean;
  windowMs: number;
  /** Requests per window for a caller without a valid API token, per address (IPv6: per /64). */
  anonymousLimit: number;
  /** Requests per window for each valid content-API token (registered partners). */
  tokenLimit: number;
  /** Most keys (addresses, tokens) counted at once. */
  maxKeys: number;
};

/** A per-minute budget over a window of `windowSeconds` (at least one request). */
export const perWindow = (perMinute: number, windowSeconds: number) => Math.max(1, Math.round((perMinute * windowSeconds) / 60));

export function readRateLimitSettings(strapi: Core.Strapi): RateLimitSettings {
  const number = (key: string, fallback: number) => positiveConfigNumber(strapi, `security.rateLimit.${key}`, fallback);
  const windowSeconds = number('windowSeconds', 60);
  return {
    enabled: strapi.config.get<boolean>('security.rateLimit.enabled', true) !== false,
    windowMs: windowSeconds * 1000,
    anonymousLimit: perWindow(number('anonymousPerMinute', 120), windowSeconds),
    tokenLimit: perWindow(number('tokenPerMinute', 1200), windowSeconds),
    maxKeys: number('maxKeys', 100_000),
  };
}
