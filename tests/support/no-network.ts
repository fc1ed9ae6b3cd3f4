/**
 * A Node `--import` hook that forbids the network: any connection or name lookup for a host
 * other than this machine throws, and is written to the file named by NO_NETWORK_LOG first
 * (a caller may swallow the error, as Astro's telemetry does; the log still tells).
 *
 *   NO_NETWORK_LOG=/tmp/net.log node --import ./tests/support/no-network.ts node_modules/astro/bin/astro.mjs build
 *
 * Used by tests/content/hardening-build.test.ts to check that a build opens no outbound
 * connection (issue 16: `astro build` looked up Astro's telemetry host).
 */
import dns from 'node:dns';
import net from 'node:net';
import { appendFileSync } from 'node:fs';

const LOG = process.env.NO_NETWORK_LOG;

function local(host: unknown): boolean {
  if (host === undefined || host === null || host === '') return true;
  const name = String(host)
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return (
    name === 'localhost' || name.endsWith('.localhost') || /^127\./.test(name) || name === '::1' || name === '0.0.0.0' || name === '::'
  );
}

function refuse(what: string, host: unknown): never {
  const line = `${what} ${String(host)} (pid ${process.pid}: ${process.argv.slice(1).join(' ')})`;
  if (LOG) appendFileSync(LOG, `${line}\n`);
  throw new Error(`no network at build time: ${line}`);
}

/** The host a `connect(...)` call is for, or undefined for a local socket file. */
function hostOf(args: unknown[]): unknown {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first && typeof first === 'object') {
    const options = first as { path?: string; host?: string; hostname?: string };
    if (options.path) return undefined;
    return options.host ?? options.hostname ?? 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined; // a socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (!local(host)) refuse('connect', host);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt'] as const) {
  const original = dns[name] as (...a: unknown[]) => unknown;
  (dns as unknown as Record<string, unknown>)[name] = function (this: unknown, host: unknown, ...rest: unknown[]) {
    if (!local(host)) refuse(`dns.${name}`, host);
    return original.call(this, host, ...rest);
  };
  const promised = dns.promises[name] as (...a: unknown[]) => unknown;
  (dns.promises as unknown as Record<string, unknown>)[name] = function (this: unknown, host: unknown, ...rest: unknown[]) {
    if (!local(host)) refuse(`dns.promises.${name}`, host);
    return promised.call(this, host, ...rest);
  };
}

// Node's own fetch (undici) connects through sockets too; refusing here names the URL.
const fetch = globalThis.fetch;
globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!local(url.hostname)) {
    try {
      refuse('fetch', url.href);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return fetch(input, init);
};
