import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openApiDocument";

const WEB_ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;

/** "GET /api/v1/x/{id}" for every operation of the document. */
function documented(): Set<string> {
  const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
  return new Set(
    Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
  );
}

/** The same for every handler a route file under src/app/api exports (`[param]` → `{param}`). */
function routed(): Set<string> {
  const apiDir = path.join(WEB_ROOT, "src/app/api");
  const found = new Set<string>();
  for (const file of readdirSync(apiDir, { recursive: true, encoding: "utf8" })) {
    // The CCS Contest API is the ICPC's own spec (documented there and in API.md), not REST v1.
    if (path.basename(file) !== "route.ts" || file.startsWith(`ccs${path.sep}`)) continue;
    const urlPath = `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(path.join(apiDir, file), "utf8");
    for (const m of METHODS) {
      if (new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b`).test(source))
        found.add(`${m} ${urlPath}`);
    }
  }
  return found;
}

/** The same for every "`METHOD /api/…`" API.md names (`:id` → `{id}`; query strings dropped). */
function inApiMd(): Set<string> {
  const text = readFileSync(path.join(WEB_ROOT, "API.md"), "utf8");
  const found = new Set<string>();
  for (const m of text.matchAll(/`(GET|POST|PUT|DELETE|PATCH) (\/api\/[^`?\s]*)/g)) {
    found.add(`${m[1]} ${(m[2] ?? "").replace(/:(\w+)/g, "{$1}")}`);
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a request schema for every body the routes parse", () => {
    const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, JsonOp>> };
    expect(doc.openapi).toBe("3.1.0");
    const submit = doc.paths["/api/v1/submissions"]?.post;
    const schema = submit?.requestBody?.content["application/json"]?.schema;
    expect(schema?.required).toEqual(expect.arrayContaining(["problem", "language", "source"]));
    const assignmentRef = new RegExp(schema?.properties?.assignment?.pattern ?? "^$");
    expect(assignmentRef.test("cs101/hw-1")).toBe(true);
    expect(assignmentRef.test("CS101/hw1")).toBe(false);
    const course = doc.paths["/api/v1/courses"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(course?.required).toEqual(expect.arrayContaining(["slug", "title"]));
    const grades = doc.paths["/api/v1/courses/{course}/assignments/{assignment}/grades"]?.get;
    expect(Object.keys(grades?.responses["200"]?.content ?? {})).toEqual(["application/json", "text/csv"]);
  });

  it("lists exactly the routes the app serves", () => {
    expect([...documented()].sort()).toEqual([...routed()].sort());
  });

  it("lists exactly the routes API.md documents", () => {
    expect([...documented()].sort()).toEqual([...inApiMd()].sort());
  });
});

interface JsonOp {
  requestBody?: {
    content: Record<string, { schema?: { required?: string[]; properties?: Record<string, { pattern?: string }> } }>;
  };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
