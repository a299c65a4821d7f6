/** Decode the few entities hono's JSX escaping produces. */
export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The hidden inputs of the first form whose action matches, as a record. */
export function hiddenFields(html: string, action: string | RegExp): Record<string, string> {
  const forms = html.match(/<form[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const match = forms.find((f) => {
    const a = f.match(/action="([^"]+)"/)?.[1] ?? "";
    return typeof action === "string" ? a === action : action.test(a);
  });
  if (!match) throw new Error(`no form with action ${action} in:\n${html.slice(0, 2000)}`);
  const out: Record<string, string> = {};
  for (const input of match.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = input.match(/name="([^"]+)"/)?.[1];
    const value = input.match(/value="([^"]*)"/)?.[1] ?? "";
    if (name) out[name] = decode(value);
  }
  return out;
}

/** Visible text with tags removed and whitespace collapsed. */
export function plain(html: string): string {
  return decode(html.replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}
