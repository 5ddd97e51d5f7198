export { AssignmentForm } from "./AssignmentForm";
export { AssignmentTable } from "./AssignmentTable";
export { assignmentQueries } from "./assignmentQueries";
export { describeTarget } from "./describeTarget";
export type { Assignment, AssignmentTarget, NewAssignmentTarget } from "./types";
export { useCreateAssignment } from "./useCreateAssignment";
export { RemoveAssignmentDialog } from "./RemoveAssignmentDialog";
export { useDeleteAssignment, type RemoveOutcome } from "./useDeleteAssignment";
export { AssignmentTargetList } from "./AssignmentTargetList";
