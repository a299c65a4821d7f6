import { type Context, Hono } from "hono";
import * as z from "zod";
import { SettingsPage } from "../../views/settings.tsx";
import { formatDay } from "../core/date-format.ts";
import { isTimeZone } from "../core/learner-day.ts";
import { paramsInfo, saveLearnerSettings } from "../db/users.ts";
import type { AppEnv } from "../http/env.ts";
import { setFlash, takeFlash } from "../http/flash.ts";
import { learnerSettings, requireUser } from "../http/session.ts";
import { type FieldErrors, type FormValues, form, wholeNumber } from "../http/validate.ts";

const whole = (min: number, max: number, what: string) =>
  wholeNumber(min, max, {
    missing: `Enter the number of ${what}.`,
    notWhole: `Enter the number of ${what} as a whole number, like 20.`,
    tooSmall: `Use at least ${min} ${what}.`,
    tooLarge: `Use at most ${max} ${what}.`,
  });

const RETENTION = "Enter a desired retention between 0.70 and 0.97, like 0.90.";

const SettingsForm = z.object({
  new_per_day: whole(0, 9999, "new cards"),
  reviews_per_day: whole(0, 99999, "reviews"),
  retention: z
    .string({ error: RETENTION })
    .trim()
    .regex(/^(0?\.\d{1,4}|1(\.0{1,4})?)$/, RETENTION)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(0.7, "Desired retention must be at least 0.70: lower values forget too much.")
        .max(0.97, "Desired retention must be at most 0.97: higher values multiply the reviews."),
    ),
  time_zone: z
    .string({ error: "Choose a time zone from the list." })
    .max(64)
    .refine(isTimeZone, "Choose a time zone from the list."),
});

const ZONES = (() => {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
})();

async function render(
  c: Context<AppEnv>,
  values: FormValues,
  errors?: FieldErrors,
  notice?: string,
) {
  const user = requireUser(c);
  const info = await paramsInfo(c.get("db"), user.id);
  const zones = ZONES.includes(values.time_zone ?? "") ? ZONES : ["UTC", ...ZONES];
  return c.html(
    <SettingsPage
      user={user}
      values={values}
      errors={errors}
      notice={notice}
      timeZones={zones}
      params={
        info ? { reviews: info.reviews, at: formatDay(info.at, learnerSettings(c).timeZone) } : null
      }
    />,
  );
}

export const settings = new Hono<AppEnv>()
  .get("/settings", async (c) => {
    // Read with the session; saving drops the cached session, so this shows the saved values.
    const s = learnerSettings(c);
    return render(
      c,
      {
        new_per_day: String(s.newPerDay),
        reviews_per_day: String(s.reviewsPerDay),
        retention: String(s.retention),
        time_zone: s.timeZone,
      },
      undefined,
      takeFlash(c),
    );
  })
  .post(
    "/settings",
    form(SettingsForm, (c, errors, values) => render(c, values, errors)),
    async (c) => {
      const user = requireUser(c);
      const f = c.req.valid("form");
      await saveLearnerSettings(c.get("db"), user.id, {
        newPerDay: f.new_per_day,
        reviewsPerDay: f.reviews_per_day,
        retention: Math.round(f.retention * 100) / 100,
        timeZone: f.time_zone,
      });
      // The settings ride along with the cached session: refresh them now.
      c.get("sessions").dropUser(user.id);
      setFlash(c, "settings-saved");
      return c.redirect("/settings", 303);
    },
  );
