// Test material other workspaces' tests share; never imported by production code.
export { APLUSB_SOLUTIONS } from "./aplusbSolutions";
