import type { RequestHandler } from 'express';

/**
 * Refuses a body whose declared Content-Length is over the limit before reading any of it.
 * body-parser checks the length too, but reads (and discards) the whole body before it answers,
 * so a declared 100 MB upload held the connection until the last byte. The connection is closed
 * after the answer: what the client still sends is never read.
 */
export function rejectOversizedBody(limitBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!(declared > limitBytes)) return next();
    res.setHeader('connection', 'close');
    res.status(413).json({ error: 'payload_too_large', message: 'Request body is too large' });
    res.once('finish', () => {
      // A short delay lets the answer reach the client before the socket is torn down.
      setTimeout(() => req.socket.destroy(), 200).unref();
    });
  };
}
