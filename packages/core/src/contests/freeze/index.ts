export {
  boardVisibility,
  isFrozenAt,
  type BoardViewer,
  type BoardVisibility,
  type ContestTimes,
} from "./boardVisibility";
export { visibleJournal, submittedAtMs } from "./visibleJournal";
export { canSeeVerdict } from "./canSeeVerdict";
export { frozenBanner } from "./frozenBanner";
export { ownLiveRow } from "./ownLiveRow";
export { verdictRevealAtMs } from "./verdictRevealAt";
