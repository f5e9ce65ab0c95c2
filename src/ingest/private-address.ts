import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetch must never reach: loopback, private networks, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, unspecified, multicast, reserved and documentation ranges,
 * and their IPv6 counterparts (unique-local, link-local, NAT64 / 6to4 forms of the IPv4 ones).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written inside an IPv6 one (`::ffff:10.0.0.1`, `::10.0.0.1`). */
const EMBEDDED_V4 = /^::(?:ffff:(?:0{1,4}:)?)?(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** An IPv4-mapped address in hex form (`::ffff:a00:1`). */
const MAPPED_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** True when `address` (an IP literal) is private, local or otherwise not a public Internet host; non-IPs count as private. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(ip);
  if (version === 4) return BLOCKED.check(ip, 'ipv4');
  if (version !== 6) return true;
  const v4 = EMBEDDED_V4.exec(ip)?.[1];
  if (v4) return BLOCKED.check(v4, 'ipv4');
  const hex = MAPPED_HEX.exec(ip);
  if (hex) {
    const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return BLOCKED.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return BLOCKED.check(ip, 'ipv6');
}
