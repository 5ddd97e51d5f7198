import { createContext, useContext, type ReactNode } from "react";
import type { GraphClient } from "./clientTypes";

const GraphContext = createContext<GraphClient | null>(null);

export function GraphProvider({ client, children }: { client: GraphClient; children: ReactNode }) {
  return <GraphContext.Provider value={client}>{children}</GraphContext.Provider>;
}

export function useGraph(): GraphClient {
  const client = useContext(GraphContext);
  if (!client) throw new Error("useGraph must be used inside <GraphProvider>.");
  return client;
}
