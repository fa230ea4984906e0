import { getAssignmentGrades, toGradesResponse, writeGradesCsv } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ course: string; assignment: string }>;
}

/**
 * The assignment's grades for staff (403 for students): JSON rows, or with
 * `Accept: text/csv` the CSV export (`?format=wide|long|canvas`, `?section=`). A `format`
 * parameter alone also asks for CSV: a download link in a browser cannot set Accept.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { course, assignment } = await params;
    const url = new URL(request.url);
    const section = url.searchParams.get("section") || undefined;
    const grades = await getAssignmentGrades(getDb(), user, course, assignment, section ? { section } : {});
    const wantsCsv = (request.headers.get("accept") ?? "").includes("text/csv") || url.searchParams.has("format");
    if (!wantsCsv) {
      return Response.json(toGradesResponse(grades.rows), { headers: { "cache-control": "no-store" } });
    }
    const format = url.searchParams.get("format");
    const csv = writeGradesCsv(
      grades.rows,
      grades.problems,
      format === "canvas"
        ? { format: "canvas", assignmentTitle: grades.assignment.title }
        : { format: format === "long" ? "long" : "wide" },
    );
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${course}-${assignment}-grades.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
