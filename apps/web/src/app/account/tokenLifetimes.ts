/** Lifetimes the Account page offers for a new API token, in days ("" for one that never expires). */
export const TOKEN_LIFETIMES = ["30", "90", "365", ""] as const;
