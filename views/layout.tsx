import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { SessionUser } from "../src/core/users.ts";

export type NavKey = "decks" | "progress" | "quizzes" | "classes" | "settings" | "home";

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
export const ASSET_VERSION = "73426938";

const NAV: { key: NavKey; href: string; label: string }[] = [
  { key: "decks", href: "/decks", label: "Decks" },
  { key: "progress", href: "/progress", label: "Progress" },
  { key: "quizzes", href: "/quizzes", label: "Quizzes" },
  { key: "classes", href: "/classes", label: "Classes" },
  { key: "settings", href: "/settings", label: "Settings" },
];

/** The page shell: name, navigation, htmx and our own script and stylesheet. */
export function Layout({ title, user, active, children }: LayoutProps) {
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
              {user ? (
                <ul>
                  {NAV.map((item) => (
                    <li>
                      <a href={item.href} aria-current={item.key === active ? "page" : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                  <li>
                    <form method="post" action="/logout" class="inline">
                      <button type="submit" class="link">
                        Log out
                      </button>
                    </form>
                  </li>
                </ul>
              ) : (
                <ul>
                  <li>
                    <a href="/decks" aria-current={active === "decks" ? "page" : undefined}>
                      Decks
                    </a>
                  </li>
                  <li>
                    <a href="/login">Log in</a>
                  </li>
                  <li>
                    <a href="/signup" class="button small">
                      Sign up
                    </a>
                  </li>
                </ul>
              )}
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
