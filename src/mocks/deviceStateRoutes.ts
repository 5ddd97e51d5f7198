import type { HttpHandler } from "msw";
import type { GraphStore } from "./graphStore";
import { graphErrorReply, notFound, POOLS_PATH, type GraphReply } from "./graphReply";
import { graphRoute, type GraphRouteDeps } from "./graphRoute";
import { buildNextLink, pickFields, readSelect, readSkiptoken } from "./odataQuery";

export const DEFAULT_DEVICE_STATE_PAGE_SIZE = 500;

const DEVICE_STATE_FIELDS = [
  "id",
  "createdDateTime",
  "modifiedDateTime",
  "lastSyncDateTime",
  "universalIntegratedCircuitCardIdentifier",
  "deviceName",
  "userName",
  "state",
  "stateDetails",
];

interface DeviceStateQuery {
  /** $top, capped at the page size, else the page size. */
  top: number;
  skip: number;
  select: string[] | undefined;
}

/** `pageSize` is read on every request, so the emulator's control API can change it. */
export function createDeviceStateRoutes(
  deps: GraphRouteDeps,
  store: GraphStore,
  pageSize: () => number,
): HttpHandler[] {
  const template = `${POOLS_PATH}/:poolId/deviceStates`;
  const context = (poolId: string) =>
    `${deps.baseUrl}/$metadata#deviceManagement/embeddedSIMActivationCodePools('${poolId}')/deviceStates`;

  return [
    graphRoute(deps, "get", template, "read", ({ url, params }) => {
      const query = readDeviceStateQuery(url, pageSize());
      if ("reply" in query) return query.reply;
      const poolId = params.poolId ?? "";
      const states = store.listDeviceStates(poolId);
      if (!states) return notFound(url, "embeddedSIMActivationCodePool");
      const { top, skip, select } = query;
      const page = states.slice(skip, skip + top).map((state) => pickFields(state, select));
      const collectionUrl = `${deps.baseUrl}${POOLS_PATH}/${poolId}/deviceStates`;
      const nextLink =
        skip + top < states.length
          ? { "@odata.nextLink": buildNextLink(collectionUrl, url, skip + top) }
          : {};
      return { status: 200, body: { "@odata.context": context(poolId), value: page, ...nextLink } };
    }),
  ];
}

/** $top, $skiptoken and $select; other query options are ignored. */
function readDeviceStateQuery(
  url: URL,
  pageSize: number,
): DeviceStateQuery | { reply: GraphReply } {
  const badRequest = (message: string) => ({ reply: graphErrorReply(400, "BadRequest", message) });
  const topText = url.searchParams.get("$top");
  const top = topText === null ? pageSize : Number(topText);
  if (!Number.isInteger(top) || top < 1) {
    return badRequest(`Invalid value '${topText}' for $top query option found.`);
  }
  const skip = readSkiptoken(url);
  if (skip === undefined) return badRequest("The $skiptoken is not valid.");
  const select = readSelect(url);
  const unknownField = select?.find((field) => !DEVICE_STATE_FIELDS.includes(field));
  if (unknownField !== undefined) {
    return badRequest(
      `Could not find a property named '${unknownField}' on type 'microsoft.graph.embeddedSIMDeviceState'.`,
    );
  }
  return { top: Math.min(top, pageSize), skip, select: select && ["id", ...select] };
}
