"use client";

import { useEffect, useState } from "react";
import { formatDateTime } from "@/lib/format";

const FORMAT: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
};

/**
 * A time in the viewer's own time zone. The server cannot know that zone, so it renders
 * the UTC text and the browser replaces it after hydration (no mismatch warning); the
 * exact UTC instant stays in the title for anyone comparing with a colleague abroad.
 */
export function LocalTime({ iso, testId }: { iso: string; testId?: string }) {
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    setLocal(new Intl.DateTimeFormat(undefined, FORMAT).format(new Date(iso)));
  }, [iso]);
  return (
    <time dateTime={iso} title={iso} data-testid={testId} className="tabular-nums">
      {local ?? formatDateTime(iso)}
    </time>
  );
}
