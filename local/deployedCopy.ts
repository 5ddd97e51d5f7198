import { mkdir, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Another deployment of the same build: every file of `dist` linked, and its own config.json.
 * Built afresh each time, so a rebuilt dist/ is what it serves.
 */
export async function deployedCopy(dist: string, target: string, config: unknown): Promise<string> {
  const site = resolve(target);
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  for (const entry of await readdir(dist)) {
    if (entry !== "config.json") await symlink(resolve(dist, entry), join(site, entry));
  }
  await writeFile(join(site, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  return site;
}
