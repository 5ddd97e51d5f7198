export const cloudNames = ["global", "usgov", "usgovdod", "china"] as const;
export type CloudName = (typeof cloudNames)[number];

export interface CloudPreset {
  signInHost: string;
  graphHost: string;
}

/** National clouds: tokens do not cross clouds, so scopes are qualified with the cloud's Graph host. */
export const cloudPresets: Record<CloudName, CloudPreset> = {
  global: {
    signInHost: "https://login.microsoftonline.com",
    graphHost: "https://graph.microsoft.com",
  },
  usgov: {
    signInHost: "https://login.microsoftonline.us",
    graphHost: "https://graph.microsoft.us",
  },
  usgovdod: {
    signInHost: "https://login.microsoftonline.us",
    graphHost: "https://dod-graph.microsoft.us",
  },
  china: {
    signInHost: "https://login.chinacloudapi.cn",
    graphHost: "https://microsoftgraph.chinacloudapi.cn",
  },
};

export const writePermission = "DeviceManagementConfiguration.ReadWrite.All";
/** Least-privileged permission that reads group names (Group.Read.All also works). */
export const groupReadPermission = "GroupMember.Read.All";

export function defaultGraphBaseUrl(cloud: CloudName): string {
  return `${cloudPresets[cloud].graphHost}/beta`;
}

export function defaultGraphScopes(cloud: CloudName): string[] {
  return [`${cloudPresets[cloud].graphHost}/${writePermission}`];
}

export function defaultGroupScopes(cloud: CloudName): string[] {
  return [`${cloudPresets[cloud].graphHost}/${groupReadPermission}`];
}
