// Checked in so `tsc` works before `next build` has written the git-ignored next-env.d.ts.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
