export interface AuthChallenge {
  scheme: string;
  /** Parameter names lower-cased; quoted values unescaped. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const SEPARATORS = /[\s,]*/y;
const SPACES = /\s*/y;

/**
 * Parses `WWW-Authenticate` into challenges. A real scanner rather than a split on `,`/`=`:
 * quoted values may hold commas, and base64 claims end in `=` padding.
 */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let index = 0;
  while (index < header.length) {
    index = skip(header, index, SEPARATORS);
    const name = matchAt(header, index, TOKEN);
    if (!name) break;
    index = skip(header, index + name.length, SPACES);
    if (header[index] !== "=") {
      challenges.push({ scheme: name, params: {} });
      continue;
    }
    const [value, next] = readValue(header, skip(header, index + 1, SPACES));
    const current = challenges.at(-1);
    if (current) current.params[name.toLowerCase()] = value;
    index = next;
  }
  return challenges;
}

function matchAt(text: string, index: number, pattern: RegExp): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0] || undefined;
}

function skip(text: string, index: number, pattern: RegExp): number {
  return index + (matchAt(text, index, pattern)?.length ?? 0);
}

/** Returns the value and the index just after it. */
function readValue(text: string, start: number): [string, number] {
  if (text[start] !== '"') {
    const end = text.slice(start).search(/[\s,]/);
    return end === -1
      ? [text.slice(start), text.length]
      : [text.slice(start, start + end), start + end];
  }
  let value = "";
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '"') return [value, index + 1];
    if (char === "\\") index++;
    value += text[index] ?? "";
  }
  return [value, text.length];
}

/**
 * The decoded claims JSON of a Bearer `insufficient_claims` challenge (Conditional Access,
 * continuous access evaluation), or undefined when the header holds no usable challenge.
 */
export function claimsFromChallenge(header: string | null): string | undefined {
  if (!header) return undefined;
  const challenge = parseWwwAuthenticate(header).find(
    ({ scheme, params }) =>
      scheme.toLowerCase() === "bearer" && params.error === "insufficient_claims" && params.claims,
  );
  return challenge?.params.claims ? decodeClaims(challenge.params.claims) : undefined;
}

function decodeClaims(encoded: string): string | undefined {
  try {
    const json = encoded.trimStart().startsWith("{") ? encoded : decodeBase64Utf8(encoded);
    JSON.parse(json);
    return json;
  } catch {
    return undefined;
  }
}

function decodeBase64Utf8(encoded: string): string {
  const standard = encoded.replace(/-/g, "+").replace(/_/g, "/");
  const padded = standard.padEnd(Math.ceil(standard.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}
