/** "64 MiB", "512 KiB": a size limit as shown in messages. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
