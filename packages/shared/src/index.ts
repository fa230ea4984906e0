export * from "./verdicts";
export * from "./languages";
export * from "./limits";
export * from "./contracts";
export * from "./checkers";
export * from "./customRuns";
export * from "./similarity";
export * from "./exampleExpectations";
