export { createCustomRun, type CreatedCustomRun } from "./createCustomRun";
export { getCustomRunView } from "./getCustomRunView";
