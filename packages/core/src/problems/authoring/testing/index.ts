export { zipDirectory } from "./zipDirectory";
export { rawZip, type RawZipEntry } from "../../package/zip/testing/rawZip";
