/* Wiki ("== History ==", "===2016===") and Markdown ("## 2016") headings. */

export type Heading = { level: number; text: string };

/** The heading on a line, or null. Level 1 is a page title. */
export function parseHeading(line: string): Heading | null {
  const wiki = /^\s*(={1,6})\s*([^=].*?)\s*={1,6}\s*$/.exec(line);
  if (wiki) return { level: wiki[1]?.length ?? 1, text: wiki[2] ?? "" };
  const md = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
  if (md) return { level: md[1]?.length ?? 1, text: md[2] ?? "" };
  return null;
}

/** The single year a heading names ("2016", "Battle of Zabadani (2015)"), or null for none or a range. */
export function headingYear(text: string): number | null {
  if (/\d{3,4}\s*[–—-]\s*\d{2,4}|\d{4}s\b|\bcentury\b|\bBC\b|\bBCE\b/i.test(text)) return null;
  const years = [...text.matchAll(/(?<![\d,.])(\d{4})(?![\d,])/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= 1000 && y <= 2100);
  return years.length === 1 ? (years[0] ?? null) : null;
}

const BACK_MATTER =
  /^(see also|references|notes|footnotes|citations|sources|bibliography|further reading|external links|related articles|related|read more|notes and references)$/i;

/** Whether a heading opens back matter (see also, references, links) whose lines are not prose. */
export function isBackMatter(text: string): boolean {
  return BACK_MATTER.test(text.trim());
}
