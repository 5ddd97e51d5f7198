/** The embedded local demo: one place for the ports, ids and hosts that public/config.json uses. */
export const demo = {
  host: "127.0.0.1",
  signInPort: 4011,
  /** The same sign-in server over https (self-signed), for discovery from an https authority. */
  signInTlsPort: 4013,
  graphPort: 4012,
  devPort: 5173,
  previewPort: 4173,
  /** The built site behind nginx with the production headers (deploy/): what e2e tests. */
  nginxPort: 4174,
  /** The same build deployed with `discoveryConfig`, behind nginx with that config's headers. */
  discoverySitePort: 4175,
  tenantId: "8b1c3f3e-5f0e-4c4b-9a51-3e0d2a6c7b10",
  clientId: "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81",
  /** Never resolves (.invalid): MSAL only needs an https authority string; endpoints come from metadata. */
  authorityHost: "login.demo.invalid",
  graphAudience: "https://graph.microsoft.com",
} as const;

export const demoIssuer = `https://${demo.authorityHost}/${demo.tenantId}/v2.0`;
export const signInOrigin = `http://${demo.host}:${demo.signInPort}`;
/** An authority at this origin makes MSAL discover endpoints, as with Entra ID (no authorityMetadata). */
export const signInTlsOrigin = `https://${demo.host}:${demo.signInTlsPort}`;
export const graphOrigin = `http://${demo.host}:${demo.graphPort}`;
export const jwksUri = `${signInOrigin}/${demo.tenantId}/discovery/v2.0/keys`;

/**
 * A deployment that signs in WITHOUT auth.authorityMetadata, as with Entra ID: MSAL discovers the
 * endpoints from the https authority of the sign-in server's self-signed listener.
 */
export const discoveryConfig = {
  auth: {
    clientId: demo.clientId,
    authority: `${signInTlsOrigin}/${demo.tenantId}/`,
    knownAuthorities: [`${demo.host}:${demo.signInTlsPort}`],
  },
  graph: { baseUrl: `${graphOrigin}/beta` },
  cloud: "global",
};
