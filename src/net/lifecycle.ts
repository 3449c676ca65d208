// Things to close before the process ends (pooled sockets), registered by the
// modules that open them, so the CLI never has to import those modules itself.
const closers: (() => Promise<void>)[] = [];

export function onShutdown(close: () => Promise<void>): void {
  closers.push(close);
}

export async function shutdown(): Promise<void> {
  await Promise.allSettled(closers.splice(0).map((c) => c()));
}
