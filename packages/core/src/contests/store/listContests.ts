import type { ContestFormat } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { contestTimes } from "./contestClock";

export interface ContestListItem {
  slug: string;
  title: string;
  format: ContestFormat;
  startsAt: Date;
  endsAt: Date;
  freezeAt: Date | null;
  thawedAt: Date | null;
  /** The viewer takes part (officially or virtually). */
  participating: boolean;
  isJury: boolean;
}

/** Public contests and the viewer's own (participant or jury; admins see all), newest start first. */
export async function listContests(db: PrismaClient, actor: Actor): Promise<ContestListItem[]> {
  const contests = await db.contest.findMany({
    where:
      actor.role === "admin"
        ? {}
        : {
            OR: [
              { isPublic: true },
              { jury: { some: { userId: actor.id } } },
              { participants: { some: { members: { some: { userId: actor.id } } } } },
            ],
          },
    orderBy: { startsAt: "desc" },
    take: 200,
    include: {
      jury: { where: { userId: actor.id }, select: { userId: true } },
      participants: { where: { members: { some: { userId: actor.id } } }, select: { id: true } },
    },
  });
  return contests.map((c) => {
    const times = contestTimes(c);
    return {
      slug: c.slug,
      title: c.title,
      format: c.format,
      startsAt: c.startsAt,
      endsAt: new Date(times.endMs),
      freezeAt: times.freezeAtMs === null ? null : new Date(times.freezeAtMs),
      thawedAt: c.thawedAt,
      participating: c.participants.length > 0,
      isJury: c.jury.length > 0 || actor.role === "admin",
    };
  });
}
