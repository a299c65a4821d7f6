import type { Client } from "./client.ts";

/** Create a class as `teacher` and read its join code from the class page; throws if either fails. */
export async function createClassAs(
  teacher: Client,
  name: string,
): Promise<{ id: string; code: string }> {
  const res = await teacher.post("/classes", { name });
  const id = res.headers.get("location")?.split("/").pop();
  if (res.status !== 303 || !id) throw new Error(`creating class ${name} failed: ${res.status}`);
  const code = (await (await teacher.get(`/classes/${id}`)).text()).match(
    /data-join-code="(\w+)"/,
  )?.[1];
  if (!code) throw new Error(`class ${id} shows no join code`);
  return { id, code };
}
