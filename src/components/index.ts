export { BusyDialogSurface } from "./BusyDialogSurface";
export { describeGraphError, requestIdSentence, type DescribeOptions } from "./describeGraphError";
export { EmptyState } from "./EmptyState";
export { GraphErrorBar } from "./GraphErrorBar";
export { PageHeader } from "./PageHeader";
export { RouterLink } from "./RouterLink";
export { useSearchParamText } from "./useSearchParamText";
