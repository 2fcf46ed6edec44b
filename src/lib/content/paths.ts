/**
 * Where the report's sources live, relative to the project root. A build can be
 * pointed at another report (a test fixture, a synthetic benchmark report) with
 * REPORT_CONTENT_DIR and REPORT_DATA_DIR; pages, components and charts stay the same.
 */
export const CONTENT_DIR = process.env.REPORT_CONTENT_DIR ?? "src/content";
export const DATA_DIR = process.env.REPORT_DATA_DIR ?? "data";

export const PATHS = {
  chapters: `${CONTENT_DIR}/chapters`,
  glossary: `${CONTENT_DIR}/glossary`,
  bibliography: `${CONTENT_DIR}/bibliography.yaml`,
  story: `${CONTENT_DIR}/story.yaml`,
  updates: `${CONTENT_DIR}/updates.yaml`,
  data: DATA_DIR,
} as const;
