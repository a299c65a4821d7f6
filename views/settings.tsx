import type { SessionUser } from "../src/core/users.ts";
import { type Errors, Field, FormErrors, Notice, SelectField, type Values } from "./fields.tsx";
import { Layout } from "./layout.tsx";

/** Daily limits, desired retention and time zone. */
export function SettingsPage(p: {
  user: SessionUser;
  values: Values;
  errors?: Errors;
  /** A message left by the last save (shown once, after its redirect). */
  notice?: string;
  timeZones: string[];
  params: { reviews: number; at: string } | null;
}) {
  return (
    <Layout title="Settings" user={p.user} active="settings">
      <section class="narrow">
        <h1>Settings</h1>
        <p>
          <a href="/account">Account and security</a>: password, sessions, your data, deleting your
          account.
        </p>
        <Notice text={p.notice} />
        <FormErrors errors={p.errors} />
        <form method="post" action="/settings" novalidate>
          <Field
            name="new_per_day"
            label="New cards per day"
            type="number"
            min="0"
            max="9999"
            values={p.values}
            errors={p.errors}
            hint="How many events you meet for the first time each day (0–9999)."
          />
          <Field
            name="reviews_per_day"
            label="Reviews per day"
            type="number"
            min="0"
            max="99999"
            values={p.values}
            errors={p.errors}
            hint="The most reviews of learned cards in a day (0–99999)."
          />
          <Field
            name="retention"
            label="Desired retention"
            type="number"
            min="0.70"
            max="0.97"
            step="0.01"
            values={p.values}
            errors={p.errors}
            hint="The chance of remembering a card when it comes due, from 0.70 to 0.97. Higher means more reviews."
          />
          <SelectField
            name="time_zone"
            label="Time zone"
            options={p.timeZones.map((tz) => ({ value: tz, label: tz }))}
            values={p.values}
            errors={p.errors}
            hint="Your day starts at 4 a.m. in this time zone."
          />
          <div class="form-actions">
            <button type="submit">Save settings</button>
          </div>
        </form>
        <h2>Your scheduling parameters</h2>
        <p class="muted">
          {p.params
            ? `Fitted to your own ${p.params.reviews} reviews on ${p.params.at}.`
            : "Chronodeck uses the standard FSRS parameters until you have enough reviews of your own: after a few hundred, they are fitted to how you remember, and the date shows here."}
        </p>
      </section>
    </Layout>
  );
}
