/** Telegram HTML as plain terminal text: tags dropped (links keep their address), quotes indented with a bar, entities decoded. */
export function htmlToTerminal(html: string): string {
  return (
    html
      .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_, quote: string) =>
        quote
          .split('\n')
          .map((line) => `  │ ${line}`)
          .join('\n'),
      )
      // A link keeps its address where the terminal can show it: `label (https://…)`.
      .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, href: string, label: string) =>
        label === href ? label : `${label} (${href})`,
      )
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
      .replace(/&amp;/g, '&')
  );
}
