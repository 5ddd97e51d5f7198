/** The Graph emulator's control API (loopback only): data, faults and settings for tests. */
import express from "express";
import { z } from "zod";
import { DEFAULT_DEVICE_STATE_PAGE_SIZE } from "../src/mocks/deviceStateRoutes";
import type { FaultQueue } from "../src/mocks/faultQueue";
import type { GraphStore } from "../src/mocks/graphStore";
import { DEFAULT_POOL_PAGE_SIZE } from "../src/mocks/poolRoutes";

/** What a test may change while the emulator runs; /_control/reset puts it back. */
export interface GraphEmulatorSettings {
  deviceStatePageSize: number;
  /** Pools per page of the pool list (Graph's own size is not documented; the bench uses 100). */
  poolPageSize: number;
}

// Strict: a misspelt setting is refused, not silently ignored.
const pageSize = z.number().int().min(1).max(5000);
const settingsSchema = z
  .strictObject({ deviceStatePageSize: pageSize.optional(), poolPageSize: pageSize.optional() })
  .refine((settings) => Object.keys(settings).length > 0, "Name at least one setting.");

export function defaultSettings(): GraphEmulatorSettings {
  return {
    deviceStatePageSize: DEFAULT_DEVICE_STATE_PAGE_SIZE,
    poolPageSize: DEFAULT_POOL_PAGE_SIZE,
  };
}

export function controlApi(
  store: GraphStore,
  faults: FaultQueue,
  settings: GraphEmulatorSettings,
): express.Router {
  const router = express.Router();
  router.post("/reset", (_req, res) => {
    store.reset();
    faults.clear();
    Object.assign(settings, defaultSettings());
    res.status(204).end();
  });
  router.post("/seed", (req, res) => {
    store.seed(req.body);
    res.status(204).end();
  });
  router.post("/faults", (req, res) => {
    faults.add(req.body);
    res.status(204).end();
  });
  router.get("/faults", (_req, res) => void res.json(faults.pending()));
  router.delete("/faults", (_req, res) => {
    faults.clear();
    res.status(204).end();
  });
  router.get("/state", (_req, res) => void res.json(store.dump()));
  router.post("/settings", (req, res) => {
    Object.assign(settings, settingsSchema.parse(req.body));
    res.status(204).end();
  });
  // The device states stay out of /state (50,000 rows); tests compare these counts instead.
  router.get("/device-state-counts/:poolId", (req, res) => {
    const counts = store.countDeviceStates(req.params.poolId);
    if (!counts) {
      res.status(404).json({ error: `The emulator holds no pool ${req.params.poolId}.` });
      return;
    }
    res.json(counts);
  });
  // Graph never returns a pool's codes; a test reads back what an upload sent here.
  router.get("/activation-codes/:poolId", (req, res) => {
    const activationCodes = store.activationCodesOf(req.params.poolId);
    if (!activationCodes) {
      res.status(404).json({ error: `The emulator holds no pool ${req.params.poolId}.` });
      return;
    }
    res.json({ activationCodes });
  });
  return router;
}
