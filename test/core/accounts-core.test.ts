import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commonPasswords,
  isCommonPassword,
  personalPasswordProblem,
} from "../../src/auth/password-policy.ts";
import { isCalendarDate, parseCalendarDate } from "../../src/core/calendar-date.ts";
import {
  CODE_ALPHABET,
  formatJoinCode,
  joinCodeFrom,
  normalizeJoinCode,
} from "../../src/core/join-code.ts";
import { addressFromHeader, addressKey } from "../../src/http/client-address.ts";

describe("calendar dates", () => {
  it("accepts exactly the days that exist", () => {
    expect(isCalendarDate("2030-13-01")).toBe(false);
    expect(isCalendarDate("2030-00-10")).toBe(false);
    expect(isCalendarDate("2030-02-29")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2030-04-31")).toBe(false);
    expect(isCalendarDate("2030-12-31")).toBe(true);
    expect(isCalendarDate("2030-1-01")).toBe(false);
  });

  it("agrees with the calendar for every day of four centuries of months", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const exists = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(parseCalendarDate(iso) !== null).toBe(exists);
        },
      ),
    );
  });
});

describe("join codes", () => {
  it("are twelve characters of the unambiguous alphabet, every letter equally likely", () => {
    const code = joinCodeFrom(Uint8Array.from({ length: 12 }, (_, i) => i * 37));
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(256 % CODE_ALPHABET.length).toBe(0);
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(formatJoinCode("K7M2QXP49RTA")).toBe("K7M2-QXP4-9RTA");
  });

  it("read back however they are typed, and old six-letter codes still work", () => {
    expect(normalizeJoinCode(" k7m2-qxp4 9rta ")).toBe("K7M2QXP49RTA");
    expect(normalizeJoinCode("k7m2qx")).toBe("K7M2QX");
    expect(normalizeJoinCode("K7M2QXP")).toBeNull();
    expect(normalizeJoinCode("K7M2-QXP4-9RT!")).toBeNull();
  });
});

describe("client addresses", () => {
  it("trusts only the last entry of a forwarded list, the one our proxy added", () => {
    expect(addressFromHeader("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(addressFromHeader(undefined)).toBe("");
  });

  it("counts IPv6 by its /64 network and IPv4 as it is", () => {
    expect(addressKey("2001:db8:1:2::7")).toBe("2001:0db8:0001:0002::/64");
    expect(addressKey("2001:DB8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:0db8:0001:0002::/64");
    expect(addressKey("[2001:db8::1]")).toBe("2001:0db8:0000:0000::/64");
    expect(addressKey("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(addressKey("198.51.100.4")).toBe("198.51.100.4");
    expect(addressKey("")).toBe("unknown");
  });
});

describe("the common-password list", () => {
  it("holds the 49,233 most common passwords, the top 10,000 included, checked without case", async () => {
    const set = await commonPasswords();
    expect(set.size).toBeGreaterThanOrEqual(49_000);
    for (const p of ["123456", "password", "qwertyuiop", "iloveyou", "1qaz2wsx"])
      expect(set.has(p), p).toBe(true);
    expect(await isCommonPassword("PassWord123")).toBe(true);
    expect(await isCommonPassword("correct horse battery")).toBe(false);
  });

  it("refuses passwords made of the person's name or email", () => {
    expect(
      personalPasswordProblem("annabelle2026!", { name: "Annabelle", email: "a@x.org" }),
    ).toMatch(/your name/);
    expect(personalPasswordProblem("jsmith-1990-x", { name: "J", email: "jsmith@x.org" })).toMatch(
      /your email/,
    );
    expect(
      personalPasswordProblem("lovely old tree", { name: "Ann", email: "ann@x.org" }),
    ).toBeNull();
  });
});
