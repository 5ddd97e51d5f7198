import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const benchDir = `${repoRoot}bench`;
/**
 * The bench's own build, not dist/: others rebuild dist/ (e2e, npm run build) while a bench
 * runs, and a chunk renamed under a loading page would fail the journey.
 */
export const benchSiteFromRoot = ".stack/bench-site";
export const benchSite = `${repoRoot}${benchSiteFromRoot}`;
export const benchNginxDir = `${repoRoot}.stack/bench-nginx`;
