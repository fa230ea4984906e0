export { TestDataCache, type TestDataCacheEvent, type TestDataCacheOptions, type TestFileRef } from "./testDataCache";
export { TestDataError } from "./testDataError";
export { databaseTestFileSource, type TestFileSource } from "./testFileSource";
export { DEFAULT_TEST_DATA_DIR, defaultTestDataCache } from "./defaultTestDataCache";
