/** One example value per config key, shown next to the key on the config error page. */
export const configExamples: Record<string, string> = {
  auth: '"auth": { "clientId": "…", "authority": "https://login.microsoftonline.com/<tenant-id>" }',
  "auth.clientId": '"clientId": "11111111-2222-3333-4444-555555555555"',
  "auth.authority": '"authority": "https://login.microsoftonline.com/<tenant-id>"',
  "auth.knownAuthorities": '"knownAuthorities": ["login.example.com"]',
  "auth.authorityMetadata":
    '"authorityMetadata": { "authorization_endpoint": "https://…/authorize", "token_endpoint": "https://…/token" }',
  "auth.redirectUri": '"redirectUri": "https://esim-admin.contoso.com/"',
  graph: '"graph": { "baseUrl": "https://graph.microsoft.com/beta" }',
  "graph.baseUrl": '"baseUrl": "https://graph.microsoft.com/beta"',
  "graph.scopes":
    '"scopes": ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"]',
  "graph.groupScopes": '"groupScopes": ["https://graph.microsoft.com/GroupMember.Read.All"]',
  cloud: '"cloud": "global"',
};

export const minimalConfigExample = `{
  "auth": {
    "clientId": "<application (client) id>",
    "authority": "https://login.microsoftonline.com/<tenant-id>"
  }
}`;

export function exampleFor(key: string): string {
  const exact = configExamples[key];
  if (exact) return exact;
  const parent = Object.keys(configExamples)
    .filter((candidate) => key.startsWith(`${candidate}.`))
    .sort((a, b) => b.length - a.length)[0];
  return parent ? (configExamples[parent] ?? minimalConfigExample) : minimalConfigExample;
}
