import { createHash, randomBytes } from 'node:crypto';

/**
 * A visitor, as the counter knows them: a hash of the day's secret salt, the IP address and the
 * user agent. The raw address is never stored, and once a day's salt is discarded (the day after)
 * nobody can link that day's hashes to an address again, nor a visitor across days: the counter
 * counts distinct visitors per day, as privacy-respecting analytics do.
 */
export function visitorId(salt: string, ip: string, userAgent: string): string {
  return createHash('sha256').update(`${salt}\u0000${ip}\u0000${userAgent}`).digest('base64url');
}

/** A fresh daily salt (256 random bits). */
export function newDailySalt(): string {
  return randomBytes(32).toString('base64url');
}
