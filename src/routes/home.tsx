import { Hono } from "hono";
import { HomePage } from "../../views/home.tsx";
import type { AppEnv } from "../http/env.ts";

export const home = new Hono<AppEnv>().get("/", (c) =>
  c.html(<HomePage user={c.var.user} eventCount={0} deckCount={0} />),
);
