import { z } from "zod";
import { OPERATIONS, type Operation, type OperationResponse } from "./operations";

type JsonObject = Record<string, unknown>;

/**
 * A zod contract as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), describing what a
 * client sends or receives (`io: "input"`: before transforms and defaults). Parts JSON
 * Schema cannot say (refinements, Date objects) become unconstrained, never an error.
 */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonObject;
  return rest;
}

const errorSchema: JsonObject = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "Stable: branch on this (and on reason), never on message." },
        reason: { type: "string" },
        field: { type: "string" },
        message: { type: "string" },
      },
    },
  },
};

function response(r: OperationResponse): JsonObject {
  const content: JsonObject = {};
  if (r.json) content["application/json"] = { schema: jsonSchema(r.json, "output") };
  if (r.mediaType) content[r.mediaType] = { schema: { type: "string" } };
  return { description: r.description, ...(Object.keys(content).length > 0 ? { content } : {}) };
}

function operation(op: Operation): JsonObject {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const queryParams = op.query
    ? Object.entries((jsonSchema(op.query, "input").properties ?? {}) as Record<string, JsonObject>).map(
        ([name, schema]) => ({ name, in: "query", required: false, schema }),
      )
    : [];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) responses[status] = response(r);
  responses.default = { $ref: "#/components/responses/Error" };
  return {
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: op.summary,
    tags: [op.tag],
    ...(op.public ? { security: [] } : {}),
    ...(pathParams.length + queryParams.length > 0 ? { parameters: [...pathParams, ...queryParams] } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of REST v1, generated from the routes' zod contracts
 * (`operations.ts`); served at `GET /api/v1/openapi.json`. API.md stays the prose guide.
 */
export function openApiDocument(): JsonObject {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Arbiter REST API",
      version: "1",
      description: "Submissions, courses and contests over HTTP. The prose guide with examples is API.md.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, { session: [] }],
    tags: ["Submissions", "Custom runs", "Problems", "Courses", "Contests", "Health"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (`arb_…`) from /account or the CLI" },
        session: { type: "apiKey", in: "cookie", name: "arbiter_session" },
      },
      schemas: { Error: errorSchema },
      responses: {
        Error: {
          description: "An error (400, 401, 403, 404, 409, 413, 415, 429, 500, 503): see API.md",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}
