import { buildScoreboardView, getContestScoreboard, type ScoreboardView } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal, memoBoard, watchBoard } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** At most one board per stream this often, in ms: a burst of verdicts becomes one update. */
const THROTTLE_MS = 500;
/** Keep-alive comments, and a fresh board (freeze and thaw happen by the clock), this often, in ms. */
const TICK_MS = 15_000;

const encoder = new TextEncoder();

/**
 * The board live, as server-sent events: a `board` event (the same body as
 * `GET …/scoreboard`) now and after every change. A change is announced without any
 * verdict; each stream then reads its own view, so a frozen board stays frozen.
 */
export async function GET(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest: slug } = await params;
    const view = new URL(request.url).searchParams.get("view") === "jury" ? "jury" : "public";
    const db = getDb();
    // Permission (and "not before the start") is checked once, here; later boards are
    // computed straight from the shared journal, one computation per change for all streams.
    const firstView = await getContestScoreboard(db, user, slug, { view, loadJournal: cachedJournal, memoBoard });
    const contest = await db.contest.findUniqueOrThrow({ where: { slug } });
    const load = async () =>
      frame(buildScoreboardView(contest, await cachedJournal(contest), view, new Date(), memoBoard));
    const first = frame(firstView);
    let stop = (): void => undefined;
    const stream = new ReadableStream<Uint8Array>({
      start: async (controller) => {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        let timer: NodeJS.Timeout | undefined;
        let lastLoad = 0;
        // Leading edge: the first change is sent at once; a burst after it becomes one
        // more board at most THROTTLE_MS later.
        const refresh = () => {
          if (timer) return;
          timer = setTimeout(
            () => {
              timer = undefined;
              lastLoad = Date.now();
              load().then(send, () => undefined);
            },
            Math.max(0, lastLoad + THROTTLE_MS - Date.now()),
          );
        };
        const unwatch = await watchBoard(contest.id, refresh);
        const tick = setInterval(() => {
          send(": keep-alive\n\n");
          refresh();
        }, TICK_MS);
        stop = () => {
          clearInterval(tick);
          clearTimeout(timer);
          unwatch();
          try {
            controller.close();
          } catch {
            // already closed
          }
        };
        request.signal.addEventListener("abort", () => stop());
        send("retry: 2000\n\n");
        send(first);
      },
      cancel: () => stop(),
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
        connection: "keep-alive",
      },
    });
  });
}

// One serialized frame per computed board: every stream sends the same bytes.
const frames = new WeakMap<object, Map<string, string>>();

/** The SSE frame of a board view, serialized once per board and notice. */
function frame(view: ScoreboardView): string {
  const byNotice = frames.get(view.board) ?? new Map<string, string>();
  frames.set(view.board, byNotice);
  const key = `${view.frozen}:${view.notice ?? ""}`;
  const known = byNotice.get(key);
  if (known) return known;
  const body = { frozen: view.frozen, notice: view.notice, rows: view.rows, virtualRows: view.virtualRows };
  const text = `event: board\ndata: ${JSON.stringify(body)}\n\n`;
  byNotice.set(key, text);
  return text;
}
