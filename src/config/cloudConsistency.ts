import { type CloudName, cloudPresets } from "./clouds";

export interface CloudMismatch {
  path: (string | number)[];
  message: string;
}

interface CloudSettings {
  cloud?: CloudName | undefined;
  auth: { authority: string };
  graph?: { baseUrl?: string | undefined } | undefined;
}

const hostOf = (url: string) => new URL(url).origin;
const allHosts = (key: "signInHost" | "graphHost") =>
  new Set(Object.values(cloudPresets).map((preset) => preset[key]));

/**
 * Tokens do not cross national clouds: a Microsoft sign-in or Graph host of another cloud than
 * `cloud` can only fail at sign-in or on every request. Other hosts (a local stack) are left alone.
 */
export function cloudMismatches(config: CloudSettings): CloudMismatch[] {
  const cloud = config.cloud ?? "global";
  const preset = cloudPresets[cloud];
  const mismatches: CloudMismatch[] = [];
  const authority = hostOf(config.auth.authority);
  if (allHosts("signInHost").has(authority) && authority !== preset.signInHost) {
    mismatches.push({
      path: ["auth", "authority"],
      message: `is on ${authority}, but cloud "${cloud}" signs in at ${preset.signInHost}`,
    });
  }
  const graph = config.graph?.baseUrl && hostOf(config.graph.baseUrl);
  if (graph && allHosts("graphHost").has(graph) && graph !== preset.graphHost) {
    mismatches.push({
      path: ["graph", "baseUrl"],
      message: `is on ${graph}, but cloud "${cloud}" uses ${preset.graphHost}`,
    });
  }
  return mismatches;
}
