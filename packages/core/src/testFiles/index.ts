export { TEST_FILE_CHUNK_BYTES, type TestFileDb } from "./testFileDb";
export { hashTestFile, isTestFileHash } from "./hashTestFile";
export { storeTestCaseFile, storeTestCaseFiles, storeTestFiles } from "./storeTestFiles";
export {
  TestFileMissingError,
  readSmallTestFiles,
  readTestFile,
  readTestFileHeads,
  streamTestFile,
} from "./readTestFiles";
