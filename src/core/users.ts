/** Who is signed in, as the views and routes see them. */
export type Role = "student" | "teacher";

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  role: Role;
  /** Administrators grant teacher accounts and read the audit log. */
  admin: boolean;
};
