import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "@arbiter/db/client";
import { UnjudgeableSubmissionError } from "@arbiter/judge";
import { SandboxError } from "@arbiter/sandbox";
import { classifyFailure, isCheckerFailure, isSandboxFailure } from "./failures";

const named = (name: string, message = name): Error => Object.assign(new Error(message), { name });

describe("classifyFailure", () => {
  it("retries database errors: connection refused, pool timeouts, server restarts", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const unreachable = new Prisma.PrismaClientKnownRequestError("Can't reach database server", {
      code: "P1001",
      clientVersion: "6.19.3",
    });
    const poolTimeout = new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection", {
      code: "P2024",
      clientVersion: "6.19.3",
    });
    const shuttingDown = named("DriverAdapterError", "terminating connection due to administrator command");
    const unknown = new Prisma.PrismaClientUnknownRequestError("Connection terminated unexpectedly", {
      clientVersion: "6.19.3",
    });
    for (const error of [refused, unreachable, poolTimeout, shuttingDown, unknown])
      expect(classifyFailure(error)).toBe("transient");
  });

  it("retries sandbox and Docker failures, and anything unknown", () => {
    expect(classifyFailure(new SandboxError("supervisor died"))).toBe("transient");
    expect(classifyFailure(Object.assign(new Error("connect ENOENT /var/run/docker.sock"), { code: "ENOENT" }))).toBe(
      "transient",
    );
    expect(classifyFailure(new TypeError("x is undefined"))).toBe("transient");
    expect(classifyFailure("a string")).toBe("transient");
  });

  it("stops at once when retrying cannot help", () => {
    expect(classifyFailure(new UnjudgeableSubmissionError("submission x does not exist"))).toBe("unrecoverable");
    expect(classifyFailure(named("CheckerError", "checker does not compile"))).toBe("unrecoverable");
    expect(classifyFailure(named("InteractorError"))).toBe("unrecoverable");
    expect(classifyFailure(z.object({ a: z.string() }).safeParse({}).error)).toBe("unrecoverable");
  });

  it("tells sandbox failures from checker failures for the metrics", () => {
    expect(isSandboxFailure(new SandboxError("x"))).toBe(true);
    expect(isSandboxFailure(named("CheckerError"))).toBe(false);
    expect(isCheckerFailure(named("CheckerError"))).toBe(true);
    expect(isCheckerFailure(named("InteractorError"))).toBe(true);
    expect(isCheckerFailure(new SandboxError("x"))).toBe(false);
  });
});
