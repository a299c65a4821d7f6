// The npm registry this project is installed from lacks some other platforms'
// binary packages (darwin/windows builds of workerd, biome, the FSRS binding),
// so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lock. This adds each missing optional platform package as an
// entry for its own os/cpu, which npm skips on every other machine.
// Run it after changing dependencies: `node .ci/fill-lock.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

// The first pattern that matches a package's name gives its os, cpu and libc.
const OS = [
  [/darwin/, "darwin"],
  [/win32|windows/, "win32"],
  [/android/, "android"],
  [/linux/, "linux"],
  [/freebsd/, "freebsd"],
];
const CPU = [
  [/arm64|aarch64/, "arm64"],
  [/ia32/, "ia32"],
  [/wasm32/, "wasm32"],
  [/arm/, "arm"],
  [/x64|-64\b/, "x64"],
];
const LIBC = [
  [/musl/, "musl"],
  [/gnu/, "glibc"],
];
const first = (table, name) => table.find(([pattern]) => pattern.test(name))?.[1] ?? null;

function platform(name) {
  return { os: first(OS, name), cpu: first(CPU, name), libc: first(LIBC, name) };
}

let added = 0;
for (const [parentPath, info] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(info.optionalDependencies ?? {})) {
    // npm resolves from the parent's own node_modules up to the root.
    const candidates = [];
    for (let p = parentPath; ; p = p.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, "")) {
      candidates.push(`${p ? `${p}/` : ""}node_modules/${name}`);
      if (!p) break;
    }
    const version = String(spec).replace(/^[\^~]/, "");
    const found = candidates.find((c) => packages[c]);
    if (found && packages[found].version === version) continue;
    const where = found ? `${parentPath}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[where]) continue;
    const { os, cpu, libc } = platform(name);
    if (!os && !cpu) continue;
    // Keys in the order npm itself writes them, so a later `npm install` leaves the entry alone.
    packages[where] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(info.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fill-lock: added ${added} platform package entr${added === 1 ? "y" : "ies"}`);
