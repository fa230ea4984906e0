import type { AssignmentStatus } from "@arbiter/core/courses";
import { LocalTime } from "@/components/LocalTime";
import { formatDuration } from "@/lib/duration";

/** What a submission made now earns, and what waiting will cost, in a sentence or two. */
export function CreditNow({ status, now }: { status: AssignmentStatus; now: Date }) {
  const left = (until: Date) => formatDuration(until.getTime() - now.getTime());
  const then = (next: { percent: number; until: Date } | null, after: string) =>
    next ? (
      <>
        then {next.percent} % until <LocalTime iso={next.until.toISOString()} />, {after}
      </>
    ) : (
      after
    );
  switch (status.kind) {
    case "not_open":
      return <>Not open yet: submissions are refused for {left(status.opensAt)}.</>;
    case "open":
      return (
        <>
          Full credit for {left(status.dueAt)}; {then(status.next, "after that submissions no longer count")}.
        </>
      );
    case "late":
      return (
        <>
          Late: a submission now earns {status.percent} % of the points for {left(status.until)};{" "}
          {then(status.next, "after that it no longer counts")}.
        </>
      );
    case "closed":
      return <>Closed: submissions are refused.</>;
    case "practice":
      return <>Closed: submissions are judged as practice and do not count.</>;
  }
}
