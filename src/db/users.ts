import type { Row } from "@libsql/client";
import type { Role, SessionUser } from "../core/users.ts";
import type { Db } from "./db.ts";

export type UserWithHash = SessionUser & { passwordHash: string };

export type LearnerSettings = {
  newPerDay: number;
  reviewsPerDay: number;
  retention: number;
  timeZone: string;
  params: number[] | null;
};

/** A user from a row with id, name, email and role. */
export const toUser = (r: Row): SessionUser => ({
  id: Number(r.id),
  name: String(r.name),
  email: String(r.email),
  role: String(r.role) as Role,
  admin: Number(r.is_admin ?? 0) === 1,
});

/** A learner's fitted FSRS parameters from the fsrs_params column; null means the defaults. */
export const toParams = (value: unknown): number[] | null =>
  value === null ? null : (JSON.parse(String(value)) as number[]);

/** Learner settings from a row with the users table's scheduling columns. */
export const toSettings = (r: Row): LearnerSettings => ({
  newPerDay: Number(r.new_per_day),
  reviewsPerDay: Number(r.reviews_per_day),
  retention: Number(r.retention),
  timeZone: String(r.time_zone),
  params: toParams(r.fsrs_params),
});

/**
 * Create an account; null when the email is already registered. With
 * `firstIsAdmin`, the account becomes the administrator when no administrator
 * exists yet — and a teacher too with `firstIsTeacher` (where only administrators
 * make teachers, the first one must be one) — decided in the statement that inserts it.
 */
export async function createUser(
  db: Db,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    timeZone: string;
    now: Date;
    firstIsAdmin?: boolean;
    firstIsTeacher?: boolean;
  },
): Promise<SessionUser | null> {
  const noAdmin = input.firstIsAdmin ? "NOT EXISTS (SELECT 1 FROM users WHERE is_admin = 1)" : "0";
  const [rs] = await db.batch([
    {
      sql: `INSERT INTO users (email, name, password_hash, role, time_zone, created_at, is_admin)
            SELECT :email, :name, :hash, CASE WHEN :firstTeacher AND ${noAdmin} THEN 'teacher' ELSE :role END,
              :tz, :now, ${noAdmin}
            WHERE true
            ON CONFLICT (email) DO NOTHING
            RETURNING id, name, email, role, is_admin`,
      args: {
        email: input.email,
        name: input.name,
        hash: input.passwordHash,
        role: input.role,
        tz: input.timeZone,
        now: input.now.getTime(),
        firstTeacher: input.firstIsTeacher ? 1 : 0,
      },
    },
  ]);
  const row = rs?.rows[0];
  return row ? toUser(row) : null;
}

/** The account with this email (case-insensitive), with its password hash. */
export function findUserByEmail(db: Db, email: string): Promise<UserWithHash | null> {
  return db.first(
    "SELECT id, name, email, role, is_admin, password_hash FROM users WHERE email = ?",
    [email],
    (r) => ({ ...toUser(r), passwordHash: String(r.password_hash) }),
  );
}

/** Replace a password hash (after an upgrade of the work factor). */
export async function setPasswordHash(db: Db, userId: number, hash: string): Promise<void> {
  await db.batch([
    { sql: "UPDATE users SET password_hash = ? WHERE id = ?", args: [hash, userId] },
  ]);
}

/** The scheduling settings of a learner. */
export async function getLearnerSettings(db: Db, userId: number): Promise<LearnerSettings> {
  const s = await db.first(
    "SELECT new_per_day, reviews_per_day, retention, time_zone, fsrs_params FROM users WHERE id = ?",
    [userId],
    toSettings,
  );
  if (s === null) throw new Error(`no user ${userId}`);
  return s;
}

/** Save a learner's daily limits, desired retention and time zone. */
export async function saveLearnerSettings(
  db: Db,
  userId: number,
  s: Omit<LearnerSettings, "params">,
): Promise<void> {
  await db.batch([
    {
      sql: "UPDATE users SET new_per_day = ?, reviews_per_day = ?, retention = ?, time_zone = ? WHERE id = ?",
      args: [s.newPerDay, s.reviewsPerDay, s.retention, s.timeZone, userId],
    },
  ]);
}

/** Store FSRS parameters fitted to a learner's reviews. */
export async function saveFsrsParams(
  db: Db,
  userId: number,
  params: number[],
  reviews: number,
  now: Date,
): Promise<void> {
  await db.batch([
    {
      sql: "UPDATE users SET fsrs_params = ?, fsrs_params_reviews = ?, fsrs_params_at = ? WHERE id = ?",
      args: [JSON.stringify(params), reviews, now.getTime(), userId],
    },
  ]);
}

/** When and from how many reviews a learner's own parameters were fitted, if ever. */
export function paramsInfo(
  db: Db,
  userId: number,
): Promise<{ reviews: number; at: number } | null> {
  return db.first(
    "SELECT fsrs_params_reviews, fsrs_params_at FROM users WHERE id = ? AND fsrs_params IS NOT NULL",
    [userId],
    (r) => ({ reviews: Number(r.fsrs_params_reviews), at: Number(r.fsrs_params_at) }),
  );
}
