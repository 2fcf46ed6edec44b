import { afterEach, describe, expect, test } from "vitest";
import { endOf, formatDate, formatDay, startOf } from "./date.ts";

describe("formatDate(iso)", () => {
  test.each([
    ["2017-05-22", "22 maggio 2017"],
    ["2017-05-02", "2 maggio 2017"],
    ["2017-06", "giugno 2017"],
    ["2016", "2016"],
    ["2021-12-31", "31 dicembre 2021"],
    ["2017-05-22T23:30:00Z", "22 maggio 2017"],
  ])("formatDate(%j) is %j, keeping the precision it is given", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  test("throws on text that is not an ISO date", () => {
    expect(() => formatDate("maggio 2017")).toThrowErrorMatchingInlineSnapshot(`[Error: formatDate: not an ISO date: maggio 2017]`);
  });
});

describe("startOf(iso) and endOf(iso)", () => {
  test.each([
    ["2017", "2017-01-01", "2018-01-01"],
    ["2017-06", "2017-06-01", "2017-07-01"],
    ["2017-12", "2017-12-01", "2018-01-01"],
    ["2016-02", "2016-02-01", "2016-03-01"],
    ["2017-05-22", "2017-05-22", "2017-05-23"],
    ["2017-05-31", "2017-05-31", "2017-06-01"],
  ])("%j runs from %s (UTC midnight) to %s, exclusive", (iso, start, end) => {
    expect(startOf(iso).toISOString()).toBe(`${start}T00:00:00.000Z`);
    expect(endOf(iso).toISOString()).toBe(`${end}T00:00:00.000Z`);
  });
});

describe("formatDay(date)", () => {
  test("reads the UTC day, so an instant late in the UTC day is not moved to the next", () => {
    expect(formatDay(new Date("2017-05-22T23:59:00Z"))).toBe("22 maggio 2017");
    expect(formatDay(new Date("2017-05-22T00:00:00Z"))).toBe("22 maggio 2017");
  });
});

describe("date formatting does not depend on the time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  const results = () => [
    formatDate("2017-05-22"),
    formatDay(startOf("2017-05-22")),
    formatDay(new Date(endOf("2017-05-22").getTime() - 1)),
    startOf("2017-06").toISOString(),
    endOf("2017").toISOString(),
  ];

  test("gives the same results in Los Angeles, Kiritimati (UTC+14) and UTC", () => {
    const byZone = ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"].map((tz) => {
      process.env.TZ = tz;
      return { offset: new Date(Date.UTC(2017, 4, 22)).getTimezoneOffset(), results: results() };
    });
    // The zones really differ (Node applies a TZ change at once)…
    expect(byZone.map((z) => z.offset)).toEqual([420, -840, 0]);
    // …and the results do not.
    for (const z of byZone) expect(z.results).toEqual(["22 maggio 2017", "22 maggio 2017", "22 maggio 2017", "2017-06-01T00:00:00.000Z", "2018-01-01T00:00:00.000Z"]);
  });
});
