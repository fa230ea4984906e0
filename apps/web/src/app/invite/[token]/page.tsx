import { MIN_PASSWORD_LENGTH } from "@arbiter/core";
import { inspectInvitation } from "@arbiter/core/courses";
import type { Metadata } from "next";
import { Alert } from "@/components/Alert";
import { AuthCard } from "@/components/AuthCard";
import { getDb } from "@/server/context";
import { InvitationForm } from "./InvitationForm";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/**
 * An invitation link from course staff: the person whose account was made for them
 * (roster import) chooses a password and is signed in. The link works once, until it
 * expires; the page names the account only while it does.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await inspectInvitation(getDb(), token);
  return (
    <AuthCard
      title="Set your password"
      subtitle={invitation.email ? `For ${invitation.email}` : "Invitation link"}
      centerSubtitle
      returnTo="/courses"
      other={{ href: "/login", prompt: "Already have a password?", label: "Sign in" }}
    >
      {invitation.state === "valid" && invitation.email ? (
        <InvitationForm token={token} email={invitation.email} minPasswordLength={MIN_PASSWORD_LENGTH} />
      ) : (
        <Alert tone="warning" testId="invitation-refused">
          {invitation.message}
        </Alert>
      )}
    </AuthCard>
  );
}
