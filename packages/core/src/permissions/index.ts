export { can, type Action, type Actions, type Actor, type Resource } from "./can";
export { courseRoleOf } from "./courseRoleOf";
