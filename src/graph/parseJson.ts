/** JSON.parse that answers undefined instead of throwing: Graph bodies are not always JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
