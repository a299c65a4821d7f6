import { serve } from "@hono/node-server";
import { Hono } from "hono";

// The yardstick for the load benchmark: a bare Hono route on the same Node server stack.
const app = new Hono().get("/", (c) => c.text("ok"));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" }, () => {
  process.stdout.write("ready\n");
});
