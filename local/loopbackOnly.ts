import type { RequestHandler } from "express";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Guards both servers' control APIs: only this machine may reset, seed or change consent. */
export const onlyFromLoopback: RequestHandler = (req, res, next) => {
  if (LOOPBACK.has(req.socket.remoteAddress ?? "")) return next();
  res.status(403).json({ error: "The control API only answers loopback clients." });
};
