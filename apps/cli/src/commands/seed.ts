import { readdir } from "node:fs/promises";
import path from "node:path";
import { createUser, findUserByEmail, importProblemPackage, listProblems } from "@arbiter/core";
import type { Role } from "@arbiter/shared";
import { parseCommandArgs } from "../args";
import type { Command } from "./command";

const usage = "seed";

/** Every folder here is a demo problem package; its name is the slug. */
const DEMO_PROBLEMS_DIR = path.resolve(import.meta.dirname, "../../../../infra/demo/problems");

/** Demo accounts. The shared password is only for local development. */
const DEMO_PASSWORD = "arbiter";
const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@arbiter.local", name: "Ada Admin", role: "admin" },
  { email: "instructor@arbiter.local", name: "Ivan Instructor", role: "instructor" },
  { email: "student@arbiter.local", name: "Sam Student", role: "student" },
];

/**
 * Adds demo accounts and problems that are missing. It never changes what exists:
 * passwords may have been changed, and re-importing a problem would delete the
 * test results of its past judgings.
 */
export const seed: Command = {
  name: "seed",
  usage,
  summary: "Add the demo accounts (password: arbiter) and demo problems, if missing",
  async run(args, { db, print, warn }) {
    parseCommandArgs(args, {}, [], usage);

    for (const demo of DEMO_USERS) {
      if (await findUserByEmail(db, demo.email)) {
        print(`user ${demo.email}: exists, left unchanged`);
        continue;
      }
      // "arbiter" is shorter than the 8-character minimum: easy to type in a demo.
      await createUser(db, { ...demo, password: DEMO_PASSWORD }, { allowShortPassword: true });
      print(`user ${demo.email}: created (${demo.role})`);
    }

    const existing = new Set((await listProblems(db)).map((p) => p.slug));
    const dirs = (await readdir(DEMO_PROBLEMS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const slug of dirs.sort()) {
      if (existing.has(slug)) {
        print(`problem ${slug}: exists, left unchanged (use problem:import to update it)`);
        continue;
      }
      const result = await importProblemPackage(db, path.join(DEMO_PROBLEMS_DIR, slug), { slug });
      for (const warning of result.warnings) warn(`problem ${slug}: ${warning}`);
      print(`problem ${slug}: imported "${result.title}" with ${result.tests} tests`);
    }
  },
};
