import { openApiDocument } from "@/server/openapi/openApiDocument";

/** Built once per process: the contracts do not change while it runs. */
let document: string | undefined;

/** `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of REST v1, generated from the zod contracts. Public. */
export function GET(): Response {
  document ??= JSON.stringify(openApiDocument());
  return new Response(document, {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
