/**
 * Every province and district of the gazetteer is found, in the three ways a text writes it, and
 * linked to the right unit and province.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../src/place/data.ts';
import { findPlaces } from '../src/place/find.ts';
import type { Place } from '../src/place/types.ts';
import { normalizeToneMarks } from '../src/text/normalize.ts';

/** Strip diacritics, keep case: "Đồng Văn" → "Dong Van". */
const unaccent = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const VI_WORD: Record<string, string> = {
  Tỉnh: 'tỉnh',
  'Thành phố': 'thành phố',
  Huyện: 'huyện',
  Quận: 'quận',
  'Thị xã': 'thị xã',
};
const EN_WORD: Record<string, string> = {
  Tỉnh: 'province',
  'Thành phố': 'city',
  Huyện: 'district',
  Quận: 'district',
  'Thị xã': 'town',
};

const vi = (p: Place) => `${VI_WORD[p.type]} ${p.name}`;
const en = (p: Place) =>
  /^\d+$/.test(p.name) ? `District ${p.name}` : `${unaccent(p.name)} ${EN_WORD[p.type]}`;

/** Ids of the top candidates of the mentions of a text. */
const tops = (text: string) => findPlaces(text).map((m) => m.candidates[0]!.id);

describe('gazetteer', () => {
  const g = gazetteer();

  it('holds the 63 provinces, their districts and communes, and the 34 provinces of 2025', () => {
    expect(g.provinces).toHaveLength(63);
    expect(g.provinces2025).toHaveLength(34);
    const districts = g.provinces.flatMap((p) => g.districts.get(p.id) ?? []);
    expect(districts).toHaveLength(696);
    expect(districts.flatMap((d) => g.communes.get(d.id) ?? [])).toHaveLength(10047);
    // Type words the office left inside a few names are removed.
    expect(districts.filter((d) => /^(Thành Phố|Thị Xã) /.test(d.name))).toEqual([]);
    expect(g.stats.units).toBe(63 + 696 + 10047 + 34);
  });

  it('finds every province, written with diacritics, without, and in English order', () => {
    const misses: string[] = [];
    for (const p of g.provinces) {
      for (const text of [`Hội nghị ${vi(p)}.`, `Hoi nghi ${unaccent(vi(p))}.`, `The ${en(p)} meeting.`]) {
        const found = tops(text);
        if (found.length !== 1 || found[0] !== p.id) misses.push(`${text} → ${found.join(',')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every district with its province in "huyện X, tỉnh Y" text, with and without diacritics and in English order', () => {
    const misses: string[] = [];
    for (const p of g.provinces) {
      for (const d of g.districts.get(p.id) ?? []) {
        const texts = [
          `Hội nghị ${vi(d)}, ${vi(p)} tổng kết năm.`,
          unaccent(`Hội nghị ${vi(d)}, ${vi(p)} tổng kết năm.`),
          `Meeting of ${en(d)}, ${en(p)}.`,
        ];
        for (const text of texts) {
          const mentions = findPlaces(text);
          const ok =
            mentions.length === 2 &&
            mentions[0]!.candidates[0]!.id === d.id &&
            mentions[0]!.candidates[0]!.provinceId === p.id &&
            mentions[1]!.candidates[0]!.id === p.id;
          if (!ok) misses.push(`${text} → ${mentions.map((m) => m.candidates[0]!.id).join(',')}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('gives a district named alone, with no province in the text, its province', () => {
    // Names borne by one district only, written without type word and without province.
    const g2 = gazetteer();
    const all = g2.provinces.flatMap((p) => g2.districts.get(p.id) ?? []);
    const count = new Map<string, number>();
    for (const d of all) count.set(d.name, (count.get(d.name) ?? 0) + 1);
    // Names that read as a person's (a surname, then a middle name) need a type word: tested elsewhere.
    const personLike = new Set(['Dương Minh Châu', 'Trần Văn Thời']);
    const unique = all.filter(
      (d) => count.get(d.name) === 1 && d.name.split(' ').length >= 2 && !personLike.has(d.name),
    );
    expect(unique.length).toBeGreaterThan(500);
    const provinceNamed = new Map(g2.provinces.map((p) => [normalizeToneMarks(p.name), p.id]));
    const misses: string[] = [];
    for (const d of unique) {
      const [m] = findPlaces(`Hội nghị ${d.name} tổng kết.`);
      // A province of the same name ranks first ("Hà Giang", "Quảng Ninh"); otherwise the district.
      const want = provinceNamed.get(normalizeToneMarks(d.name)) ?? d.id;
      if (m?.candidates[0]?.id !== want || !m.candidates.some((c) => c.id === d.id)) {
        misses.push(`${d.name} → ${m?.candidates[0]?.id}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
