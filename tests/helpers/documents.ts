/**
 * Documents built in the tests from raw article text: a web page with site furniture around the
 * article, a PDF (pdf-lib with the bundled DejaVu Sans, which has Vietnamese glyphs) and a DOCX
 * (the `docx` package), each made from a raw article file through the project's parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { escapeHtml } from '../../src/bot/format/html.ts';
import { parseArticle } from '../../src/ingest/parse.ts';
import { projectRoot } from './reliability.ts';

/**
 * Headline, date line and body paragraphs of a raw scraped article (a seed or an evaluation
 * corpus file), as the project's parser reads them: the page is rebuilt from what the article says,
 * without the original scrape's furniture.
 */
export function articleParts(raw: string): { title: string; date: string; paragraphs: string[] } {
  const a = parseArticle(raw, { docId: 'doc', source: 'doc.txt' });
  const date = a.published
    ? `${a.published.slice(8, 10)}/${a.published.slice(5, 7)}/${a.published.slice(0, 4)}`
    : '';
  const paragraphs = a.body.split(/\n{2,}/).filter((p) => p.trim());
  if (a.author) paragraphs.push(`Tác giả: ${a.author}`);
  return { title: a.title, date, paragraphs };
}

/**
 * A news portal page: menu, breadcrumbs, the article (headline, date, paragraphs), a sidebar of
 * other headlines and a footer, as the extractor meets them on real sites.
 */
export function articlePage(raw: string, opts: { site: string; related?: string[] }): string {
  const { title, date, paragraphs } = articleParts(raw);
  const related = (opts.related ?? ['Hội nghị tổng kết công tác dân vận', 'Lễ kỷ niệm ngày thành lập'])
    .map((r, i) => `<li><a href="/tin/${i}.html">${escapeHtml(r)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>${escapeHtml(title)} - ${escapeHtml(opts.site)}</title>
<meta property="og:site_name" content="${escapeHtml(opts.site)}">
<meta property="og:title" content="${escapeHtml(title)}">
<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script>
</head><body>
<header><a href="/">${escapeHtml(opts.site)}</a><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | <a href="/lh">Liên hệ</a></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức - Sự kiện</a></div>
<main><article>
<h1>${escapeHtml(title)}</h1>
<div class="meta">${escapeHtml(date)}</div>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside><h3>Tin liên quan</h3><ul>${related}</ul></aside></main>
<footer>Bản quyền © ${escapeHtml(opts.site)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</footer>
</body></html>`;
}

const FONT = path.join(projectRoot, 'assets/fonts/DejaVuSans.ttf');

/** A PDF of the article: headline, date line, then each paragraph wrapped over lines of ~90 characters. */
export async function articlePdf(raw: string): Promise<Buffer> {
  const { title, date, paragraphs } = articleParts(raw);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const lines = [title, '', date, '', ...paragraphs.flatMap((p) => [...wrap(p, 90), ''])];
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (y < 50) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    if (line) page.drawText(line, { x: 40, y, size: 10, font });
    y -= 14;
  }
  return Buffer.from(await pdf.save());
}

/** A DOCX of the article: the headline as a heading, then one paragraph each. */
export async function articleDocx(raw: string): Promise<Buffer> {
  const { title, date, paragraphs } = articleParts(raw);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: date }),
          ...paragraphs.map((p) => new Paragraph({ text: p })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
