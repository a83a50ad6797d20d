/**
 * The head of a provincial department the question names ("Giám đốc Sở Y tế", "pho giam doc so gd",
 * "the director of the Department of Health"), with every folded way an article writes that post
 * ("giam doc so giao duc va dao tao", "giam doc so gd&dt"). An article that writes none of them names
 * no holder of the post, so what it says of another department's director does not answer.
 */
import { AGENCY_FIELDS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { runAt } from '../text/phrase.ts';

/** A department post the question names: the article must write one of `forms` (folded syllables). */
export interface DepartmentPost {
  forms: string[];
  /** As the question writes it, for saying it is not found. */
  written: string;
}

const folded = (s: string): string => syllables(fold(s)).join(' ');

/** Each field's Vietnamese forms, folded, longest first (so "giao duc va dao tao" wins over "giao duc"). */
const FIELDS = AGENCY_FIELDS.map((f) => ({
  vi: [...new Set(f.vi.map(folded))].sort((a, b) => b.length - a.length),
  en: f.en.map((e) => e.toLowerCase()),
}));

/** A department's head and deputy head with the department word, folded syllables, longest first. */
const HEADS_VI = [
  ['pho', 'giam', 'doc', 'so'],
  ['giam', 'doc', 'so'],
];
const HEAD_EN = /\b((?:deputy |vice[- ]?)?director)\b/iu;

/** The department posts `text` names (Vietnamese or English). */
export function departmentPosts(text: string, lang: 'vi' | 'en'): DepartmentPost[] {
  const out: DepartmentPost[] = [];
  if (lang === 'vi') {
    const written = syllables(text);
    const words = written.map((w) => fold(w));
    for (let i = 0; i < words.length; i++) {
      const head = HEADS_VI.find((h) => runAt(words, h, i));
      if (!head) continue;
      const from = i + head.length;
      for (const f of FIELDS) {
        const form = f.vi.find((v) => runAt(words, v.split(' '), from));
        if (!form) continue;
        const h = head.join(' ');
        const end = from + form.split(' ').length;
        out.push({ forms: f.vi.map((v) => `${h} ${v}`), written: written.slice(i, end).join(' ') });
        break;
      }
    }
    return out;
  }
  const head = HEAD_EN.exec(text);
  if (!head) return out;
  const deputy = /deputy|vice/iu.test(head[1] as string);
  const lower = text.toLowerCase();
  for (const f of FIELDS) {
    if (!f.en.some((e) => lower.includes(`department of ${e}`) || lower.includes(`${e} department`)))
      continue;
    const h = deputy ? 'pho giam doc so' : 'giam doc so';
    out.push({ forms: f.vi.map((v) => `${h} ${v}`), written: head[0] });
  }
  return out;
}
