/**
 * Tables scraped flat. A portal's HTML table reaches the index as lines of text: one row per line
 * ("2 Giải ngân vốn đầu tư công Tỷ đồng 224,7 142,7 63,5" under the header line "STT Chỉ tiêu ĐVT
 * Kế hoạch năm 2024 Thực hiện 9 tháng Tỷ lệ (%)"), or one cell per line. Sentence extraction reads
 * no figure there: the numbers are bare and their unit and meaning are in the header. Here each
 * numeric cell becomes a figure of its row's label, with the unit, kind and period its column's
 * header (or the row's unit cell) gives; its quote is the row as written.
 *
 * Closed tables: the words that open a numeric column's header, the headers of a unit column,
 * and the header words of each figure kind.
 */
import type { Span } from '../text/sentences.ts';
import { LABEL_COLUMN_HEADS, ROW_NUMBER_HEADS } from '../text/table-heads.ts';
import { parseVietNumber } from './numbers.ts';
import { findPeriodHits } from './periods.ts';
import type { FigureKind, FigureRecord } from './types.ts';
import { SCALES, UNITS } from './vocab.ts';

/** A numeric cell: a Vietnamese number, optionally signed or a percentage ("1.426,5", "63,5", "-2,1%"). */
const NUM_CELL = '[+-]?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?%?|[+-]?\\d+(?:,\\d+)?%?';
/** A row on one line: its number, its label (with a unit cell, when the table has one), its numeric cells. */
const ROW_LINE = new RegExp(
  `^\\s*(\\d{1,3})[.)]?\\s+(\\S.*?\\p{L}.*?)((?:\\s+(?:${NUM_CELL})){1,8})\\s*$`,
  'u',
);
/** One numeric cell alone on its line, with an optional unit word after it ("1.284 hội viên"). */
const CELL_NUMBER = new RegExp(
  `^\\s*(?:(?:tăng|giảm)\\s+)?(${NUM_CELL})(?:\\s+\\p{L}[\\p{L}\\s]{0,20})?\\s*$`,
  'iu',
);
/**
 * A row with no number, under a header opened by its label column's head ("Chỉ tiêu Kế hoạch năm
 * 2024 Thực hiện 9 tháng Đạt (%)"): its label, with the unit in brackets at its end, then its cells.
 */
const LABEL_ROW_LINE = new RegExp(`^\\s*(\\p{L}.*?\\p{L}\\)?)((?:\\s+(?:${NUM_CELL})){2,8})\\s*$`, 'u');
/** The head of a label column opening a table's header. Closed: the words portals head it with. */
const LABEL_COLUMN_HEAD = new RegExp(`^\\s*(?:${LABEL_COLUMN_HEADS.join('|')})(?![\\p{L}])`, 'u');
/** The row number alone on its line (a table flattened one cell per line). */
const ROW_NUMBER = /^\s*(\d{1,3})[.)]?\s*$/u;
/** The header of a row-number column, opening a table's header ("STT", "TT", "Số TT"). */
const ROW_NUMBER_HEAD = new RegExp(`^\\s*(?:${ROW_NUMBER_HEADS.join('|')})(?![\\p{L}])`, 'u');
/** Longest line read as a header or caption; a longer one is prose. */
const MAX_HEADER_CHARS = 200;
/** Most header cells of a table flattened one cell per line. */
const MAX_COLUMNS = 10;

/** Words that open a numeric column's header ("Kế hoạch năm 2024", "Thực hiện 9 tháng", "Tỷ lệ (%)"), longest first. */
const COLUMN_STARTS = [
  'ước thực hiện',
  'đã giải ngân',
  'so cùng kỳ',
  'kế hoạch',
  'thực hiện',
  'tỷ lệ',
  'giải ngân',
  'dự toán',
  'cùng kỳ',
  'so với',
  'so sánh',
  'kết quả',
  'kết nạp',
  'tổng số',
  'lũy kế',
];
/**
 * Heads that open a numeric column only in a header opened by its label column's head ("… Thực
 * hiện 9 tháng Đạt (%)"); elsewhere "đạt" is inside a column's words ("Tỷ lệ đạt (%)").
 */
const LABEL_TABLE_STARTS = ['ước đạt', 'đạt'];
/**
 * Abbreviated column heads, as written (upper case): "KH năm 2024" (kế hoạch), "TH 6 tháng" (thực
 * hiện), "ƯTH" (ước thực hiện), "DT" (dự toán). Not after "so" ("Tỷ lệ so KH (%)" compares with
 * the plan inside the rate's own head).
 */
const ABBREVIATED_STARTS = ['ƯTH', 'KH', 'TH', 'DT'];
/** Headers of a unit column: each row then writes its unit before its numbers. */
const UNIT_COLUMN = /(?<![\p{L}])(?:ĐVT|Đơn vị tính)(?![\p{L}])/iu;
/** Header words of each kind, checked in order; a column with none holds results. */
const KIND_WORDS: readonly { kind: FigureKind; re: RegExp }[] = [
  { kind: 'rate', re: /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])|\(%\)/iu },
  {
    kind: 'target',
    re: /(?<![\p{L}])(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu)(?![\p{L}])|(?<![\p{L}])(?:KH|DT)(?![\p{L}])/iu,
  },
  { kind: 'change', re: /(?<![\p{L}])(?:so cùng kỳ|so với|tăng|giảm)(?![\p{L}])/iu },
  { kind: 'total', re: /(?<![\p{L}])(?:tổng số|lũy kế)(?![\p{L}])/iu },
  { kind: 'new', re: /(?<![\p{L}])(?:kết nạp mới|mới)(?![\p{L}])/iu },
];

/** A row of a table: its label, its unit cell, its numeric cells with their offsets, the row's span. */
interface Row {
  label: string;
  unitCell: string | null;
  cells: { text: string; at: Span }[];
  span: Span;
}

/** A table: the caption line before it, the header labels of its numeric columns, its rows. */
interface Table {
  caption: string;
  columns: string[];
  rows: Row[];
}

/** A line of the body with its offsets. */
interface Line {
  text: string;
  start: number;
  end: number;
}

/** The non-blank lines of `body` with their offsets (the body separates paragraphs by blank lines). */
function linesOf(body: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of body.split('\n')) {
    if (text.trim()) out.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return out;
}

/** A short line that is no prose sentence: a header or caption. */
const headerLike = (text: string): boolean =>
  text.trim().length > 0 && text.length <= MAX_HEADER_CHARS && !/[.!?]\s*$/u.test(text.trim());

/**
 * The last `k` column labels of a header line: split at closing brackets when it has enough ("Kế
 * hoạch vốn (tỷ đồng) Đã giải ngân (tỷ đồng) Tỷ lệ (%)"), else at the words that open a numeric
 * column. Empty labels when neither gives `k`.
 */
function columnLabels(header: string, k: number, extra: readonly string[] = []): string[] {
  const closed = header.split(/(?<=\))\s+/u).filter(Boolean);
  if (closed.length >= k && /\)\s*$/u.test(header)) return closed.slice(-k);
  const low = header.toLowerCase();
  const starts: number[] = [];
  for (let i = 0; i < low.length; i++) {
    if (i > 0 && /\p{L}/u.test(low[i - 1] as string)) continue;
    const hit =
      [...COLUMN_STARTS, ...extra].find(
        (s) => low.startsWith(s, i) && !/\p{L}/u.test(low[i + s.length] ?? ''),
      ) ??
      ABBREVIATED_STARTS.find(
        (s) =>
          header.startsWith(s, i) &&
          !/\p{L}/u.test(header[i + s.length] ?? '') &&
          !/so\s+$/iu.test(low.slice(0, i)),
      );
    if (!hit) continue;
    // A starter inside the previous column's words ("Tỷ lệ giải ngân") does not open another.
    const last = starts[starts.length - 1];
    if (last === undefined || header.slice(last, i).trim().split(/\s+/u).length >= 2) starts.push(i);
    i += hit.length - 1;
  }
  if (starts.length < k) return Array.from({ length: k }, () => '');
  return starts.slice(-k).map((s, j, all) => header.slice(s, all[j + 1] ?? header.length).trim());
}

/**
 * The label and unit cell of a row whose table has a unit column: the unit is the label's last
 * words when they are a unit ("… nông thôn mới tỷ đồng", "… nâng cao xã"), else its last
 * capitalised run ("… Tỷ đồng", "… Người").
 */
function splitUnitCell(label: string): { label: string; unitCell: string | null } {
  const words = label.split(/\s+/u);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const unitCell = words.slice(-n).join(' ');
    if (unitOf(unitCell).unit !== null) return { label: words.slice(0, -n).join(' '), unitCell };
  }
  return capitalisedUnitCell(label);
}

/**
 * A row's label and unit cell: the unit in brackets at the label's end ("Tổng vốn đầu tư công (tỷ
 * đồng)"), else the unit column's cell when the table has one.
 */
function labelAndUnit(written: string, hasUnits: boolean): { label: string; unitCell: string | null } {
  const unit = /\(([^()]+)\)$/u.exec(written);
  if (unit) return { label: written.slice(0, unit.index).trim(), unitCell: unit[1] ?? null };
  return hasUnits ? splitUnitCell(written) : { label: written, unitCell: null };
}

/** The label and its last capitalised run as the unit cell ("Giải ngân vốn đầu tư công Tỷ đồng"). */
function capitalisedUnitCell(label: string): { label: string; unitCell: string | null } {
  const m = /^(.*\S)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Ll}[\p{Ll}\p{M}]*)?)$/u.exec(label);
  return m?.[1] && m[2] ? { label: m[1], unitCell: m[2] } : { label, unitCell: null };
}

/**
 * The numeric cells of a row `line` whose trailing run of cells is `written` (as the row pattern
 * matched it, ending where the line's text does), each with its offsets, and the row's span.
 */
function cellsOf(line: Line, written: string): Pick<Row, 'cells' | 'span'> {
  const trimmed = line.text.trimEnd().length;
  let from = trimmed - written.length;
  const cells: Row['cells'] = [];
  for (const n of written.trim().split(/\s+/u)) {
    const at = line.text.indexOf(n, from);
    cells.push({ text: n, at: { start: line.start + at, end: line.start + at + n.length } });
    from = at + n.length;
  }
  return {
    cells,
    span: {
      start: line.start + (line.text.length - line.text.trimStart().length),
      end: line.start + trimmed,
    },
  };
}

/** Tables flattened one row per line: ≥ 2 numbered rows with as many numeric cells, under a header line. */
function rowTables(body: string): Table[] {
  const lines = linesOf(body);
  const tables: Table[] = [];
  for (let i = 1; i < lines.length; i++) {
    const first = ROW_LINE.exec(lines[i]?.text ?? '');
    const header = lines[i - 1];
    if (first?.[1] !== '1' || !header || !headerLike(header.text) || ROW_LINE.test(header.text)) continue;
    const k = (first[3] ?? '').trim().split(/\s+/u).length;
    // A numbered list in prose ("1. … kết nạp 120", "2. … đạt 95%") is no table: a table has two
    // numeric columns or more under a header that names its columns.
    if (k < 2 || !(ROW_NUMBER_HEAD.test(header.text) || UNIT_COLUMN.test(header.text))) continue;
    const rows: Row[] = [];
    const hasUnits = UNIT_COLUMN.test(header.text);
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j] as Line;
      const m = ROW_LINE.exec(line.text);
      if (!m || Number(m[1]) !== rows.length + 1) break;
      const parts = cellsOf(line, m[3] ?? '');
      if (parts.cells.length !== k) break;
      rows.push({ ...labelAndUnit((m[2] ?? '').trim(), hasUnits), ...parts });
    }
    if (rows.length >= 2) {
      const caption = i >= 2 && headerLike(lines[i - 2]?.text ?? '') ? (lines[i - 2]?.text ?? '') : '';
      const afterNumberAndLabel = header.text;
      tables.push({ caption: caption.trim(), columns: columnLabels(afterNumberAndLabel, k), rows });
    }
    i = j;
  }
  return tables;
}

/**
 * Tables flattened one row per line without row numbers: a header opened by its label column's head
 * (`LABEL_COLUMN_HEAD`), then ≥ 2 rows of a label (its unit in brackets at its end) and as many
 * numeric cells as the header names columns.
 */
function labelRowTables(body: string): Table[] {
  const lines = linesOf(body);
  const tables: Table[] = [];
  for (let i = 1; i < lines.length; i++) {
    const header = lines[i - 1];
    const first = LABEL_ROW_LINE.exec(lines[i]?.text ?? '');
    if (!header || !first || !LABEL_COLUMN_HEAD.test(header.text) || !headerLike(header.text)) continue;
    const k = (first[2] ?? '').trim().split(/\s+/u).length;
    const columns = columnLabels(header.text, k, LABEL_TABLE_STARTS);
    if (columns.some((c) => c === '')) continue;
    const hasUnits = UNIT_COLUMN.test(header.text);
    const rows: Row[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j] as Line;
      const m = LABEL_ROW_LINE.exec(line.text);
      const parts = m ? cellsOf(line, m[2] ?? '') : null;
      if (!m || !parts || parts.cells.length !== k) break;
      const written = (m[1] ?? '').trim().replace(/\s+/gu, ' ');
      rows.push({ ...labelAndUnit(written, hasUnits), ...parts });
    }
    if (rows.length >= 2) tables.push({ caption: '', columns, rows });
    i = j;
  }
  return tables;
}

/**
 * Tables flattened one cell per line: a run of short header lines, then rows each opened by its
 * number on a line of its own and holding as many cells as the header has lines.
 */
function cellTables(body: string): Table[] {
  const lines = linesOf(body);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ROW_NUMBER.exec(lines[i]?.text ?? '') || Number(lines[i]?.text.trim().replace(/[.)]/gu, '')) !== 1)
      continue;
    // The header: the short non-numeric lines just before the first row number.
    let h = i;
    while (
      h > 0 &&
      i - h < MAX_COLUMNS &&
      headerLike(lines[h - 1]?.text ?? '') &&
      !/\d/u.test(lines[h - 1]?.text ?? '')
    )
      h--;
    // The header runs from its row-number column ("TT") to the first row's number.
    while (h < i && !ROW_NUMBER_HEAD.test(lines[h]?.text ?? '')) h++;
    const width = i - h;
    if (width < 3) continue;
    const header = lines.slice(h, i).map((l) => l.text.trim());
    const rows: Row[] = [];
    let r = i;
    while (
      r + width <= lines.length &&
      Number(lines[r]?.text.trim().replace(/[.)]/gu, '')) === rows.length + 1
    ) {
      const cells = lines.slice(r + 1, r + width);
      const label = cells[0]?.text.trim() ?? '';
      const numeric = cells.slice(1);
      if (!label || numeric.some((c) => !CELL_NUMBER.test(c.text))) break;
      rows.push({
        label,
        unitCell: null,
        cells: numeric.map((c) => {
          const n = CELL_NUMBER.exec(c.text)?.[1] ?? '';
          const at = c.start + c.text.indexOf(n);
          return { text: c.text.trim(), at: { start: at, end: at + n.length } };
        }),
        span: { start: lines[r]?.start ?? 0, end: cells[cells.length - 1]?.end ?? 0 },
      });
      r += width;
    }
    if (rows.length >= 2) {
      const caption = h > 0 && headerLike(lines[h - 1]?.text ?? '') ? (lines[h - 1]?.text ?? '') : '';
      tables.push({ caption: caption.trim(), columns: header.slice(2), rows });
      i = r - 1;
    }
  }
  return tables;
}

/** Fewest cells of a line read as a table glued onto one line (a header and two rows of two). */
const MIN_GLUED_CELLS = 6;
/** Fewest pipes on such a line: two columns of two rows and a header glued to the first label. */
const MIN_GLUED_PIPES = 3;
/**
 * A value cell of a glued table: a number, optionally after a change word and before a few unit
 * words ("186,4", "57 triệu đồng", "thêm 2 xã", "tăng 12%"). A range ("8,5 - 9%") is a value too;
 * it is read as no figure.
 */
const GLUED_VALUE = new RegExp(
  `^(?:\\p{Ll}+\\s+){0,2}(${NUM_CELL})(?:\\s*[-–]\\s*(?:${NUM_CELL}))?(?:\\s+[\\p{Ll}\\p{M}]+){0,3}$`,
  'u',
);
/** A value's number, read as a figure only with no range and no words before it but a change word. */
const GLUED_FIGURE = new RegExp(
  `^(?:(?:tăng|giảm|thêm)\\s+)?(${NUM_CELL})(?:\\s+[\\p{Ll}\\p{M}]+){0,3}$`,
  'u',
);
/** A word written in title case (capital then small letters): where a row's label starts. */
const TITLE_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+/gu;

/** A cell of a glued line with its offsets in the body. */
interface Piece {
  text: string;
  start: number;
}

/**
 * The pieces of a glued cell: a value glued to the next row's label ("58,3 Giải ngân vốn …" →
 * "58,3" and "Giải ngân vốn …", "57 triệu đồng Thu ngân sách …") is cut where the label's first
 * title-case word starts.
 */
function splitValueAndLabel(cell: Piece): Piece[] {
  for (const m of cell.text.matchAll(TITLE_WORD)) {
    const value = cell.text.slice(0, m.index).trimEnd();
    if (!value || !GLUED_VALUE.test(value)) continue;
    return [
      { text: value, start: cell.start },
      { text: cell.text.slice(m.index), start: cell.start + m.index },
    ];
  }
  return [cell];
}

/**
 * The header's last column and the first row's label glued into one cell ("Tỷ lệ (%) Thu ngân
 * sách …"): cut at its second title-case word, null when it has none.
 */
function splitHeaderAndLabel(cell: Piece): [Piece, Piece] | null {
  const words = [...cell.text.matchAll(TITLE_WORD)];
  const second = words.find((m) => (m.index ?? 0) > 0);
  if (second?.index === undefined) return null;
  return [
    { text: cell.text.slice(0, second.index).trimEnd(), start: cell.start },
    { text: cell.text.slice(second.index), start: cell.start + second.index },
  ];
}

/**
 * Tables a scraper glued onto one line, cells joined by pipes and rows by nothing ("Chỉ tiêu | Kế
 * hoạch năm 2023 | Thực hiện 6 tháng | Tỷ lệ (%) Thu ngân sách … (tỷ đồng) | 319,7 | 186,4 | 58,3
 * Giải ngân vốn …"), or by pipes too ("… | Tỷ lệ (%) | Xây dựng nông thôn mới | 18.640 | …"). The
 * row width is the distance between two labels (a text cell before a value); the header is that
 * many cells before the first label, the text before them its caption.
 */
function gluedTables(body: string): Table[] {
  const tables: Table[] = [];
  for (const line of linesOf(body)) {
    if (line.text.split('|').length <= MIN_GLUED_PIPES) continue;
    const pieces: Piece[] = [];
    let at = line.start;
    for (const raw of line.text.split('|')) {
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) pieces.push(...splitValueAndLabel({ text, start: at + lead }));
      at += raw.length + 1;
    }
    if (pieces.length < MIN_GLUED_CELLS) continue;
    const isValue = pieces.map((p) => GLUED_VALUE.test(p.text));
    const labels = pieces.map((_, i) => i).filter((i) => !isValue[i] && isValue[i + 1]);
    const [first, second] = labels;
    if (first === undefined || second === undefined) continue;
    const width = second - first;
    if (width < 2) continue;
    const rows: Row[] = [];
    for (let r = first; r + width <= pieces.length; r += width) {
      const values = pieces.slice(r + 1, r + width);
      if (isValue[r] || values.length !== width - 1 || !values.every((_, k) => isValue[r + 1 + k])) break;
      const label = pieces[r] as Piece;
      const last = values[values.length - 1] as Piece;
      const cells = values.map((v) => {
        const n = GLUED_FIGURE.exec(v.text)?.[1] ?? '';
        const from = v.start + v.text.indexOf(n);
        return { text: n ? v.text.slice(v.text.indexOf(n)) : '', at: { start: from, end: from + n.length } };
      });
      rows.push({
        ...labelAndUnit(label.text, false),
        cells,
        span: { start: label.start, end: last.start + last.text.length },
      });
    }
    if (rows.length < 2) continue;
    // The header: `width` cells before the first label, or one fewer and the label glued to the last.
    const gluedHeader = first < width;
    const headFrom = gluedHeader ? first - (width - 1) : first - width;
    if (headFrom < 0 || isValue.slice(headFrom, first).some(Boolean)) continue;
    let head = pieces.slice(headFrom, first);
    if (gluedHeader) {
      const glued = splitHeaderAndLabel(pieces[first] as Piece);
      if (!glued) continue;
      head = [...head, glued[0]];
      const row0 = rows[0] as Row;
      rows[0] = {
        ...row0,
        ...labelAndUnit(glued[1].text, false),
        span: { ...row0.span, start: glued[1].start },
      };
    }
    const caption = pieces.slice(0, headFrom);
    tables.push({
      caption: caption.map((c) => c.text).join(' '),
      columns: head.slice(1).map((h) => h.text),
      rows,
    });
  }
  return tables;
}

/** Unit and scale of a written unit ("tỷ đồng" → đồng × 1e9, "Ha" → ha, "%"); null unit when none is known. */
function unitOf(written: string): { unit: string | null; scale: number; text: string } {
  const w = written
    .trim()
    .replace(/^\(|\)$/gu, '')
    .trim();
  const low = w.toLowerCase();
  for (const [scaleWord, factor] of Object.entries(SCALES)) {
    if (low === `${scaleWord} đồng`) return { unit: 'đồng', scale: factor, text: w.toLowerCase() };
  }
  const unit = UNITS[w] ?? UNITS[low] ?? null;
  return { unit, scale: 1, text: unit ? low : '' };
}

/** The unit a column's header writes in brackets ("Kế hoạch vốn (tỷ đồng)", "Tỷ lệ (%)"), else null. */
function headerUnit(label: string): ReturnType<typeof unitOf> | null {
  const inBrackets = /\(([^()]+)\)\s*$/u.exec(label)?.[1];
  if (inBrackets) {
    const u = unitOf(inBrackets);
    if (u.unit) return u;
  }
  return /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(label) ? { unit: '%', scale: 1, text: '%' } : null;
}

/** A year written bare in a column's header ("TH 2023", "KH 2024"). */
const BARE_YEAR = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])/u;

/** Characters a scraper writes between a row's cells. */
const CELL_SEPARATORS = /[|\t]/gu;

/** Every table of the body, whichever way it was flattened. */
function tablesOf(body: string): Table[] {
  // Cells a scraper joined with pipes or tabs ("Vốn huy động … | tỷ đồng | 186 | 142,5 | 76,6") are
  // read as cells joined with spaces; one character for one, so every offset stays the body's.
  const flat = body.replace(CELL_SEPARATORS, ' ');
  return [...rowTables(flat), ...labelRowTables(flat), ...cellTables(flat), ...gluedTables(body)];
}

/** Year and period a table's columns are read against (the article's). */
type TableContext = { year: number | null; ownPeriod: string | null };

/**
 * The flattened tables of `body`, read once: their figures, each quoting its row, and the span of
 * every row, cells that hold no figure included ("Tốc độ tăng giá trị sản xuất | 8,5 - 9%": a
 * range), which a sentence's reading would give the next row's label for its subject.
 */
export function readTables(body: string, ctx: TableContext): { figures: FigureRecord[]; rows: Span[] } {
  const tables = tablesOf(body);
  return { figures: figuresOf(tables, body, ctx), rows: tables.flatMap((t) => t.rows.map((r) => r.span)) };
}

/** The figures of every flattened table in `body`, each quoting its row. */
export function tableFigures(body: string, ctx: TableContext): FigureRecord[] {
  return figuresOf(tablesOf(body), body, ctx);
}

function figuresOf(tables: readonly Table[], body: string, ctx: TableContext): FigureRecord[] {
  const out: FigureRecord[] = [];
  for (const t of tables) {
    t.columns.forEach((column, j) => {
      const kind = KIND_WORDS.find((k) => k.re.test(column))?.kind ?? 'result';
      const hits = findPeriodHits(`${t.caption} ${column}`, ctx.year).filter(
        (h) => !/^\d{4}-\d{4}$/u.test(h.id),
      );
      // "Ước TH 2023 | KH 2024" under "Một số chỉ tiêu chủ yếu năm 2024": a column's bare year is its own.
      const columnYear = hits.some((h) => column.includes(h.id)) ? null : BARE_YEAR.exec(column)?.[1];
      const period = columnYear
        ? columnYear
        : hits.length > 0
          ? (hits[hits.length - 1]?.id ?? null)
          : kind === 'target'
            ? null
            : ctx.ownPeriod;
      for (const row of t.rows) {
        const cell = row.cells[j];
        if (!cell || cell.at.end === cell.at.start) continue;
        const written = cell.text;
        const raw = body.slice(cell.at.start, cell.at.end);
        const percent = raw.endsWith('%');
        const number = raw.replace(/%$/u, '');
        const value = parseVietNumber(number.replace(/^\+/u, ''));
        if (value === null) continue;
        const inCell = written.slice(written.indexOf(raw) + raw.length).trim();
        const u = percent
          ? { unit: '%', scale: 1, text: '%' }
          : (headerUnit(column) ?? (inCell ? unitOf(inCell) : row.unitCell ? unitOf(row.unitCell) : null));
        const unit = u?.unit ?? null;
        const scale = u?.scale ?? 1;
        const text =
          unit === '%'
            ? `${number}%`
            : u?.text
              ? `${number} ${u.text}`
              : inCell
                ? `${number} ${inCell}`
                : number;
        out.push({
          value: (number.startsWith('-') ? -1 : 1) * Math.abs(value) * scale,
          valueMax: null,
          outOf: null,
          text,
          unit,
          scale,
          qualifier: null,
          subject: [t.caption, row.label, column].filter(Boolean).join(' '),
          kind: unit === '%' && kind === 'result' ? 'rate' : kind,
          period,
          at: cell.at,
          span: row.span,
          header: [t.caption, column].filter(Boolean).join(' '),
        });
      }
    });
  }
  return out;
}
