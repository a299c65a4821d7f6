import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { SessionUser } from "../src/core/users.ts";

export type NavKey =
  | "decks"
  | "progress"
  | "quizzes"
  | "classes"
  | "documents"
  | "settings"
  | "home";

export type LayoutProps = {
  title: string;
  user: SessionUser | null;
  active?: NavKey;
  children?: Child;
};

/**
 * Asset URLs carry a version so a deploy never serves a stale script with new HTML.
 * It is a hash of the served files; test/asset-version.test.ts says when it is out of date.
 */
export const ASSET_VERSION = "526648f0";

type NavItem = { key: NavKey; href: string; label: string };

const DECKS: NavItem = { key: "decks", href: "/decks", label: "Decks" };
const PROGRESS: NavItem = { key: "progress", href: "/progress", label: "Progress" };
const QUIZZES: NavItem = { key: "quizzes", href: "/quizzes", label: "Quizzes" };
const CLASSES: NavItem = { key: "classes", href: "/classes", label: "Classes" };
const DOCUMENTS: NavItem = { key: "documents", href: "/documents", label: "Documents" };
const SETTINGS: NavItem = { key: "settings", href: "/settings", label: "Settings" };

/** Each role's navigation, its main task first. */
export function navFor(user: SessionUser | null): NavItem[] {
  if (user === null) return [DECKS];
  if (user.role === "teacher") return [CLASSES, DOCUMENTS, DECKS, QUIZZES, PROGRESS, SETTINGS];
  return [DECKS, PROGRESS, QUIZZES, CLASSES, SETTINGS];
}

/**
 * The page shell: name, navigation, htmx and our own script and stylesheet.
 * On a phone the navigation folds into a <details> menu, which opens without
 * JavaScript; on a wider screen the same list is always shown (app.css).
 */
export function Layout({ title, user, active, children }: LayoutProps) {
  const current = (key: NavKey) => (key === active ? "page" : undefined);
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light dark" />
          <title>{`${title} · Chronodeck`}</title>
          <link rel="stylesheet" href={`/assets/app.css?v=${ASSET_VERSION}`} />
          <link rel="icon" href={`/assets/icon.svg?v=${ASSET_VERSION}`} type="image/svg+xml" />
          <script src={`/assets/htmx.min.js?v=${ASSET_VERSION}`} defer></script>
          <script src={`/assets/app.js?v=${ASSET_VERSION}`} defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              Chronodeck
            </a>
            <nav aria-label="Main">
              <details class="menu">
                <summary>Menu</summary>
                <ul>
                  {navFor(user).map((item) => (
                    <li>
                      <a href={item.href} aria-current={current(item.key)}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                  {user ? (
                    <li>
                      <form method="post" action="/logout" class="inline">
                        <button type="submit" class="link">
                          Log out
                        </button>
                      </form>
                    </li>
                  ) : (
                    <>
                      <li>
                        <a href="/login">Log in</a>
                      </li>
                      <li>
                        <a href="/signup" class="button small">
                          Sign up
                        </a>
                      </li>
                    </>
                  )}
                </ul>
              </details>
            </nav>
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <p>Chronodeck — learn when things happened, and remember it.</p>
          </footer>
        </body>
      </html>
    </>
  );
}
