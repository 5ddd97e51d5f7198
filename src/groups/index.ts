export { GroupAccessNote } from "./GroupAccessNote";
export { GroupBadges } from "./GroupBadges";
export { mayRequest, type GroupAccess } from "./groupAccess";
export { GroupPicker } from "./GroupPicker";
export { rememberGroups } from "./groupQueries";
export { GroupsProvider, useGroupAccess, useGroupDirectory } from "./GroupsProvider";
export { groupSchema, type Group, type GroupBadge } from "./types";
export { useGroupNames, type GroupName } from "./useGroupNames";
