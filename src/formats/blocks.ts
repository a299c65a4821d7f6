/*
 * An HTML tree (a web page's article, or what mammoth makes of a .docx) as the
 * plain text the ingest reads: h1–h3 as Markdown headings, paragraphs separated
 * by blank lines, list items as "- " lines, and each table row as one line of
 * its cells. Pictures, captions, navigation, forms and scripts are not text.
 */

/** The small part of the DOM this walk needs (linkedom's nodes provide it). */
export type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "NAV",
  "ASIDE",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "IMG",
  "PICTURE",
  "VIDEO",
  "AUDIO",
  "CANVAS",
  "FIGCAPTION",
  "HEAD",
]);
const HEADING = /^H([1-6])$/;
const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "BLOCKQUOTE",
  "PRE",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "FIGURE",
  "HR",
  "BR",
  "ADDRESS",
  "BODY",
  "HTML",
  "CAPTION",
]);

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

function elements(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/** Text of a node without skipped parts (a caption inside a paragraph, a script inside a cell). */
function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1 || SKIP.has(node.nodeName.toUpperCase())) return "";
  const name = node.nodeName.toUpperCase();
  const inner = elements(node).map(textOf).join("");
  return name === "BR" || BLOCK.has(name) ? ` ${inner} ` : inner;
}

/** The text blocks of a tree, in document order. */
export function htmlBlocks(root: DomNode): string[] {
  const out: string[] = [];
  let inline = "";
  const flush = () => {
    const t = squeeze(inline);
    if (t.length > 0) out.push(t);
    inline = "";
  };
  const walk = (node: DomNode, listDepth: number): void => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const heading = HEADING.exec(name);
    if (heading) {
      flush();
      const level = Number(heading[1]);
      const text = squeeze(textOf(node));
      if (text.length > 0) out.push(level <= 3 ? `${"#".repeat(level)} ${text}` : text);
      return;
    }
    if (name === "LI") {
      flush();
      // A nested list's items follow their parent item as items of their own.
      const own = elements(node).filter((c) => !["UL", "OL"].includes(c.nodeName.toUpperCase()));
      const text = squeeze(own.map(textOf).join(""));
      if (text.length > 0) out.push(`- ${text}`);
      for (const c of elements(node))
        if (["UL", "OL"].includes(c.nodeName.toUpperCase())) walk(c, listDepth + 1);
      return;
    }
    if (name === "TR") {
      flush();
      const cells = elements(node)
        .filter((c) => ["TD", "TH"].includes(c.nodeName.toUpperCase()))
        .map((c) => squeeze(textOf(c)))
        .filter((t) => t.length > 0);
      if (cells.length > 0) out.push(cells.join(" – "));
      return;
    }
    if (name === "P" || name === "PRE" || name === "DT" || name === "DD" || name === "CAPTION") {
      flush();
      const text = squeeze(textOf(node));
      if (text.length > 0) out.push(text);
      return;
    }
    if (name === "BR") {
      inline += " ";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const c of elements(node)) walk(c, listDepth);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  // List items are lines of one block; everything else is a paragraph of its own.
  const text: string[] = [];
  for (const b of out) {
    const last = text.length - 1;
    if (b.startsWith("- ") && last >= 0 && text[last]?.startsWith("- ")) text[last] += `\n${b}`;
    else text.push(b);
  }
  return text;
}
