import { Session } from "node:inspector/promises";

/*
 * Where a synchronous piece of work spends its time: a CPU profile taken with the
 * inspector in this process, its samples' own time summed by area of the code (a
 * folder of src/core, a library, the garbage collector), so that the benchmark
 * prints where the time goes without anyone opening a profiler.
 */

type Node = { id: number; callFrame: { url: string; functionName: string } };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** The area a function belongs to: `core/questions/cloze.ts`, `chrono-node`, `(garbage collector)`. */
export function areaOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const core = /\/src\/(core\/.+?\.ts)/.exec(url);
  if (core) return core[1] as string;
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src) return `src/${src[1]}`;
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1] as string;
  return url.startsWith("node:") ? "(node internals)" : "(other)";
}

/** Run `work` under the profiler; its result and the share of time (0–1) per area, largest first. */
export async function profileAreas<T>(
  work: () => T,
): Promise<{ value: T; areas: { area: string; share: number }[] }> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 500 });
    await session.post("Profiler.start");
    const value = work();
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const time = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const dt = profile.timeDeltas[i] ?? 0;
      if (!node || node.callFrame.functionName === "(idle)") return;
      const area = areaOf(node.callFrame.url, node.callFrame.functionName);
      time.set(area, (time.get(area) ?? 0) + dt);
      total += dt;
    });
    const areas = [...time]
      .map(([area, t]) => ({ area, share: t / total }))
      .sort((a, b) => b.share - a.share);
    return { value, areas };
  } finally {
    session.disconnect();
  }
}
