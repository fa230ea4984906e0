export { listLanguages } from "./listLanguages";
