/* global document, fetch, sessionStorage */
// The floor: the least a browser must do to show the pool list from the same origin, with the
// token the app's MSAL cache already holds. No framework, no MSAL, no retries.

const GRAPH_SCOPE = "devicemanagementconfiguration";

function graphAccessToken() {
  for (let i = 0; i < sessionStorage.length; i += 1) {
    const key = sessionStorage.key(i);
    const entry = key === null ? null : parseJson(sessionStorage.getItem(key));
    if (
      entry?.credentialType === "AccessToken" &&
      typeof entry.target === "string" &&
      entry.target.toLowerCase().includes(GRAPH_SCOPE)
    ) {
      return entry.secret;
    }
  }
  throw new Error("No Graph access token in sessionStorage: sign in to the app in this tab first.");
}

function parseJson(text) {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return null;
  }
}

function appendRows(tbody, pools) {
  const rows = document.createDocumentFragment();
  for (const pool of pools) {
    const row = document.createElement("tr");
    row.setAttribute("role", "row");
    const name = document.createElement("td");
    const link = document.createElement("a");
    link.href = `/pools/${encodeURIComponent(pool.id)}`;
    link.textContent = pool.displayName ?? pool.id;
    name.append(link);
    const codes = document.createElement("td");
    codes.textContent = String(pool.activationCodeCount ?? "");
    row.append(name, codes);
    rows.append(row);
  }
  tbody.append(rows);
}

async function showPools() {
  const config = await (await fetch("/config.json")).json();
  const token = graphAccessToken();
  const tbody = document.querySelector("tbody");
  let url = `${config.graph.baseUrl}/deviceManagement/embeddedSIMActivationCodePools`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`Graph answered ${response.status} for ${url}`);
    const page = await response.json();
    appendRows(tbody, page.value);
    url = page["@odata.nextLink"];
  }
  document.body.dataset.complete = "true";
}

showPools().catch((error) => {
  document.body.dataset.error = String(error);
});
