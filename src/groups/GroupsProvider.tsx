import { useQueryClient } from "@tanstack/react-query";
import DataLoader from "dataloader";
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import type { InteractiveTokenRequest } from "../auth/tokenGetter";
import type { GraphClient } from "../graph/clientTypes";
import { useGraph } from "../graph/GraphContext";
import { accessAfter, createGroupAccessStore, type GroupAccess } from "./groupAccess";
import { BY_IDS_CHUNK, getGroup, getGroupsByIds, searchGroups } from "./groupRequests";
import type { Group } from "./types";

/** Reads groups with the group permission, silently, and tells the access store how it went. */
export interface GroupDirectory {
  search(term: string, signal: AbortSignal): ReturnType<typeof searchGroups>;
  /** GET /groups/{id}: a pasted object id. */
  get(groupId: string, signal: AbortSignal): Promise<Group | null>;
  /** Names of known ids: calls in the same tick share one getByIds. */
  name(groupId: string): Promise<Group | null>;
}

interface GroupsContextValue {
  directory: GroupDirectory;
  store: ReturnType<typeof createGroupAccessStore>;
  ask: () => void;
}

const GroupsContext = createContext<GroupsContextValue | null>(null);

export interface GroupsProviderProps {
  /** config.graph.groupScopes */
  scopes: readonly string[];
  /** Opens the sign-in window (see src/auth); only ever called from the admin's click. */
  requestInteractively: InteractiveTokenRequest;
  /** Tests start from a known access state. */
  initialAccess?: GroupAccess;
  children: ReactNode;
}

export function GroupsProvider(props: GroupsProviderProps) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const [value] = useState((): GroupsContextValue => {
    const store = createGroupAccessStore(props.initialAccess);
    const directory = createDirectory(graph, props.scopes, store);
    const ask = () => {
      store.set({ status: "asking" });
      props.requestInteractively(props.scopes).then(
        () => {
          store.set({ status: "granted" });
          // Requests that failed for want of consent run again now.
          void queryClient.resetQueries({
            queryKey: ["groups"],
            predicate: (query) => query.state.status === "error",
          });
        },
        (error: unknown) => {
          // Refused, or the window closed: accessAfter words it. Anything else: its own sentence.
          const notice = error instanceof Error ? error.message : undefined;
          store.set(accessAfter(error) ?? { status: "needsConsent", notice });
        },
      );
    };
    return { directory, store, ask };
  });
  return <GroupsContext.Provider value={value}>{props.children}</GroupsContext.Provider>;
}

function createDirectory(
  graph: GraphClient,
  scopes: readonly string[],
  store: ReturnType<typeof createGroupAccessStore>,
): GroupDirectory {
  // Never a redirect from here: the screen asks before any sign-in window opens.
  const options = { scopes, interaction: "fail" as const };
  const names = new DataLoader<string, Group | null>(
    async (ids) => {
      const found = await store.track(getGroupsByIds(graph, ids, options));
      return ids.map((id) => found.get(id.toLowerCase()) ?? null);
    },
    // TanStack Query caches per id; the loader only batches.
    { cache: false, maxBatchSize: BY_IDS_CHUNK },
  );
  return {
    search: (term, signal) => store.track(searchGroups(graph, term, { ...options, signal })),
    get: (groupId, signal) => store.track(getGroup(graph, groupId, { ...options, signal })),
    name: (groupId) => names.load(groupId.toLowerCase()),
  };
}

function useGroupsContext(): GroupsContextValue {
  const value = useContext(GroupsContext);
  if (!value) throw new Error("Group reads must be used inside <GroupsProvider>.");
  return value;
}

export function useGroupDirectory(): GroupDirectory {
  return useGroupsContext().directory;
}

/** The access state, and `ask` to open the sign-in window (call it from a click). */
export function useGroupAccess(): { access: GroupAccess; ask: () => void } {
  const { store, ask } = useGroupsContext();
  const access = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { access, ask };
}
