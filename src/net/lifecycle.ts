// Things to close before the process ends (pooled sockets), registered by the
// modules that open them, so the CLI never has to import those modules itself.
// Registering the same closer again is a no-op.
const closers = new Set<() => Promise<void>>();

export function onShutdown(close: () => Promise<void>): void {
  closers.add(close);
}

export async function shutdown(): Promise<void> {
  const all = [...closers];
  closers.clear();
  await Promise.allSettled(all.map((c) => c()));
}
