export { AssignmentForm } from "./AssignmentForm";
export { AssignmentList } from "./AssignmentList";
export { assignmentQueries } from "./assignmentQueries";
export { describeTarget } from "./describeTarget";
export type { Assignment, AssignmentTarget, NewAssignmentTarget } from "./types";
export { useCreateAssignment } from "./useCreateAssignment";
