import { isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an embedded IPv4 tail converted), or undefined. */
function ipv6Groups(address: string): string[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string) => {
    if (part === '') return [];
    const groups = part.split(':');
    const last = groups[groups.length - 1];
    if (last.includes('.')) {
      const bytes = last.split('.').map(Number);
      groups.splice(-1, 1, ((bytes[0] << 8) | bytes[1]).toString(16), ((bytes[2] << 8) | bytes[3]).toString(16));
    }
    return groups;
  };
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  const zeros = halves.length === 2 ? Array(Math.max(0, 8 - head.length - tail.length)).fill('0') : [];
  const groups = [...head, ...zeros, ...tail];
  return groups.length === 8 ? groups.map((group) => group.padStart(4, '0')) : undefined;
}

/**
 * The key a client's address counts under. IPv4 (also written as `::ffff:a.b.c.d`) by address;
 * IPv6 by its /64 network, since one subscriber usually holds a whole /64 and could otherwise take a
 * fresh address, and a fresh budget, for every request. At most 64 characters whatever comes in.
 */
export function addressKey(ip: string): string {
  let address = ip.trim().toLowerCase();
  if (address.startsWith('::ffff:') && address.includes('.')) address = address.slice('::ffff:'.length);
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (isIPv6(address)) {
    const groups = ipv6Groups(address);
    if (groups) return `${groups.slice(0, 4).join(':')}::/64`;
  }
  return address.slice(0, 64);
}
