// Temporary dev seed (not committed).
import { createPrismaClient } from "@arbiter/db/client";
import { createUser, importProblemFromDir, createApiToken } from "@arbiter/core";

const db = createPrismaClient(process.env.DATABASE_URL);
for (const role of ["student", "instructor", "admin"] as const) {
  const email = `${role}@arbiter.local`;
  if (!(await db.user.findUnique({ where: { email } }))) {
    await createUser(db, { email, role, password: "arbiter" }, { allowShortPassword: true });
  }
}
console.log(await importProblemFromDir(db, "/work/main/infra/demo/problems/aplusb"));
for (const [language, version] of [["python3", "Python 3.11.2"], ["cpp", "12.2.0"], ["c", "12.2.0"], ["java", "javac 17.0.13"]] as const) {
  await db.runtime.upsert({ where: { language }, create: { language, version, imageTag: "x", imageDigest: "x" }, update: {} });
}
const student = await db.user.findUniqueOrThrow({ where: { email: "student@arbiter.local" } });
console.log("token", (await createApiToken(db, student.id, "dev")));
await db.$disconnect();
