import { existsSync } from "node:fs";
import { cp } from "node:fs/promises";
import { build, loadConfigFromFile, type PluginOption } from "vite";
import { benchDir, benchSite, benchSiteFromRoot, repoRoot } from "./paths";

const floorFolder = "bench-floor";
/** Where the floor page is served: the app's origin, so it can read the app's MSAL cache. */
export const floorPath = `/${floorFolder}/floor.html`;

/**
 * The app's production build (vite.config.ts), with the floor page beside it. Without the
 * byte-budget check: it fails a build that is over budget, and the bench must still measure it.
 */
export async function buildSite(): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: "build", mode: "production" },
    undefined,
    repoRoot,
  );
  if (!loaded) throw new Error("No vite.config.ts in the repository.");
  const { config } = loaded;
  await build({
    ...config,
    configFile: false,
    root: repoRoot,
    logLevel: "warn",
    plugins: withoutBudgetCheck(config.plugins ?? []),
    // Relative, as vite.config.ts's own plugins may expect of outDir.
    build: { ...config.build, outDir: benchSiteFromRoot, emptyOutDir: true },
  });
  await addFloor();
}

/** Also for a run without a build: the floor may have changed since. */
export async function addFloor(): Promise<void> {
  if (!existsSync(`${benchSite}/index.html`)) {
    throw new Error(
      `There is no bench build in ${benchSite} yet: run the bench without --no-build.`,
    );
  }
  await cp(`${benchDir}/floor`, `${benchSite}/${floorFolder}`, { recursive: true });
}

function withoutBudgetCheck(plugins: PluginOption[]): PluginOption[] {
  return plugins.filter(
    (plugin) =>
      !(plugin && typeof plugin === "object" && "name" in plugin && plugin.name === "byte-budgets"),
  );
}
