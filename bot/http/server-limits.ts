import { createServer, type RequestListener, type Server } from 'node:http';

export type ServerLimits = { maxConnections: number; headersTimeoutMs: number; requestTimeoutMs: number; idleTimeoutMs: number };

/**
 * An HTTP server that bounds what one client can hold: a connection slow to send its headers or
 * its body is cut (slow-loris), an idle keep-alive connection closes, and past `maxConnections`
 * new connections are dropped at once instead of piling up. Node checks the header and request
 * timeouts only every `connectionsCheckingInterval` (30 s by default), so that is tightened too.
 * The idle timeout is longer than a load balancer's usual 60 s, so the balancer closes first.
 */
export function createLimitedServer(limits: ServerLimits, listener: RequestListener): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
      keepAliveTimeout: limits.idleTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  // A socket with no traffic at all (no request, or an answer that never comes) is closed too.
  server.timeout = Math.max(limits.idleTimeoutMs, limits.requestTimeoutMs) * 2;
  return server;
}
