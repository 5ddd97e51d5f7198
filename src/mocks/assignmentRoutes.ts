import type { HttpHandler } from "msw";
import { checkAssignmentTarget } from "./assignmentTarget";
import type { GraphStore } from "./graphStore";
import { graphRoute, readJsonObject, type GraphRouteDeps } from "./graphRoute";
import { intuneBadRequest, notFound, POOLS_PATH } from "./graphReply";

const ASSIGNMENTS_PATH = `${POOLS_PATH}/:poolId/assignments`;
const ASSIGNMENT_TYPE = "microsoft.graph.embeddedSIMActivationCodePoolAssignment";

export function createAssignmentRoutes(deps: GraphRouteDeps, store: GraphStore): HttpHandler[] {
  const context = (poolId: string) =>
    `${deps.baseUrl}/$metadata#deviceManagement/embeddedSIMActivationCodePools('${poolId}')/assignments`;

  return [
    graphRoute(deps, "get", ASSIGNMENTS_PATH, "read", ({ url, params }) => {
      const poolId = params.poolId ?? "";
      const assignments = store.listAssignments(poolId);
      if (!assignments) return notFound(url, "embeddedSIMActivationCodePool");
      return { status: 200, body: { "@odata.context": context(poolId), value: assignments } };
    }),

    graphRoute(deps, "post", ASSIGNMENTS_PATH, "write", async ({ request, url, params }) => {
      const poolId = params.poolId ?? "";
      if (!store.getPool(poolId)) return notFound(url, "embeddedSIMActivationCodePool");
      const body = await readJsonObject(request);
      if (!body) return intuneBadRequest(url, "The request body is not a JSON object.");
      const type = body["@odata.type"];
      if (type !== undefined && type !== ASSIGNMENT_TYPE && type !== `#${ASSIGNMENT_TYPE}`) {
        return intuneBadRequest(url, `The entity type ${String(type)} is not expected here.`);
      }
      const target = checkAssignmentTarget(body.target);
      if (!target.ok) return intuneBadRequest(url, target.reason);
      const created = store.addAssignment(poolId, target.target);
      if (!created) return notFound(url, "embeddedSIMActivationCodePool");
      return { status: 201, body: { "@odata.context": `${context(poolId)}/$entity`, ...created } };
    }),

    graphRoute(deps, "get", `${ASSIGNMENTS_PATH}/:assignmentId`, "read", ({ url, params }) => {
      const assignment = store.getAssignment(params.poolId ?? "", params.assignmentId ?? "");
      if (!assignment) return notFound(url, "embeddedSIMActivationCodePoolAssignment");
      const body = { "@odata.context": `${context(params.poolId ?? "")}/$entity`, ...assignment };
      return { status: 200, body };
    }),

    graphRoute(deps, "delete", `${ASSIGNMENTS_PATH}/:assignmentId`, "write", ({ url, params }) => {
      if (!store.deleteAssignment(params.poolId ?? "", params.assignmentId ?? "")) {
        return notFound(url, "embeddedSIMActivationCodePoolAssignment");
      }
      return { status: 204 };
    }),
  ];
}
