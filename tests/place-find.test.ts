/** findPlaces: spellings, type words, ranking, offsets, and the everyday words that are not places. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/place/find.ts';
import { province2025Of } from '../src/place/relations.ts';
import type { PlaceMention } from '../src/place/types.ts';

/** "surface → type name / province" of each mention's top candidate. */
const linked = (text: string, opts = {}) =>
  findPlaces(text, opts).map((m) => {
    const c = m.candidates[0]!;
    return `${m.surface} → ${c.type} ${c.name} / ${c.provinceName}`;
  });
const surfaces = (text: string) => findPlaces(text).map((m) => m.surface);

describe('spellings', () => {
  it('matches with diacritics, without (đ → d), in any case when folded, and with either tone placement', () => {
    for (const text of [
      'huyện Đồng Văn',
      'huyen Dong Van',
      'HUYỆN ĐỒNG VĂN',
      'huyen dong van',
      'HUYEN DONG VAN',
      'Huyện Đồng văn',
    ]) {
      expect(linked(text)[0], text).toMatch(/→ Huyện Đồng Văn \/ Hà Giang$/);
    }
    // The office writes "Hoà Bình"; articles mostly "Hòa Bình".
    expect(linked('tỉnh Hòa Bình')).toEqual(['Hòa Bình → Tỉnh Hoà Bình / Hoà Bình']);
    expect(linked('tỉnh Hoà Bình')).toEqual(['Hoà Bình → Tỉnh Hoà Bình / Hoà Bình']);
    expect(linked('huyện Lạc Thuỷ')).toEqual(['Lạc Thuỷ → Huyện Lạc Thủy / Hoà Bình']);
  });

  it('takes final i and y after a consonant as one spelling ("Phú Quý" = the office\'s "Phú Quí")', () => {
    expect(linked('huyện Phú Quý')).toEqual(['Phú Quý → Huyện Phú Quí / Bình Thuận']);
    expect(linked('Ban Chấp hành Đảng bộ huyện Phú Quý')).toEqual(['Phú Quý → Huyện Phú Quí / Bình Thuận']);
    expect(linked('thị xã Kì Anh')).toEqual(['Kì Anh → Thị xã Kỳ Anh / Hà Tĩnh']);
    // "uy" is another rhyme: "Thủy" is not "Thủi".
    expect(findPlaces('huyện Lạc Thủi')).toEqual([]);
  });

  it('compares a name written with marks exactly: "Quang Bình" is the district, not Quảng Bình', () => {
    expect(linked('huyện Quang Bình')).toEqual(['Quang Bình → Huyện Quang Bình / Hà Giang']);
    expect(linked('tỉnh Quảng Bình')).toEqual(['Quảng Bình → Tỉnh Quảng Bình / Quảng Bình']);
    // A wrong mark is another word, not a misspelt place.
    expect(findPlaces('tỉnh Hạ Giang')).toEqual([]);
  });

  it('reads English word order and English spellings', () => {
    expect(linked('Who chaired the Dong Van district meeting in Ha Giang province?')).toEqual([
      'Dong Van → Huyện Đồng Văn / Hà Giang',
      'Ha Giang → Tỉnh Hà Giang / Hà Giang',
    ]);
    expect(linked('Vinh Chau town')).toEqual(['Vinh Chau → Thị xã Vĩnh Châu / Sóc Trăng']);
    expect(linked('Ho Chi Minh City, District 7, Hanoi')).toEqual([
      'Ho Chi Minh → Thành phố Hồ Chí Minh / Hồ Chí Minh',
      '7 → Quận 7 / Hồ Chí Minh',
      'Hanoi → Thành phố Hà Nội / Hà Nội',
    ]);
    expect(linked('What did Hai Lang achieve?')).toEqual(['Hai Lang → Huyện Hải Lăng / Quảng Trị']);
  });

  it('reads abbreviations: TP, TP., Tp. HCM, TX, TT, H., T., q1, p.12', () => {
    expect(linked('TP.HCM')).toEqual(['HCM → Thành phố Hồ Chí Minh / Hồ Chí Minh']);
    expect(linked('Tp. HCM')).toEqual(['HCM → Thành phố Hồ Chí Minh / Hồ Chí Minh']);
    expect(linked('tphcm')).toEqual(['tphcm → Thành phố Hồ Chí Minh / Hồ Chí Minh']);
    expect(linked('TP Cần Thơ')).toEqual(['Cần Thơ → Thành phố Cần Thơ / Cần Thơ']);
    expect(linked('tp Điện Biên Phủ')).toEqual(['Điện Biên Phủ → Thành phố Điện Biên Phủ / Điện Biên']);
    expect(linked('TX Mường Lay')).toEqual(['Mường Lay → Thị xã Mường Lay / Điện Biên']);
    expect(linked('H. Vị Xuyên')).toEqual(['Vị Xuyên → Huyện Vị Xuyên / Hà Giang']);
    expect(linked('T. Hà Giang')).toEqual(['Hà Giang → Tỉnh Hà Giang / Hà Giang']);
    expect(linked('hội nghị ở q1')).toEqual(['1 → Quận 1 / Hồ Chí Minh']);
    // Capital "Q1" and "q1" before a year are quarters, not Quận 1.
    expect(findPlaces('Who chaired the Q4 2020 briefing? Q1 meeting')).toEqual([]);
    expect(findPlaces('giao ban q1 2021, q4/2020, q1 nam 2022')).toEqual([]);
    // "T." names only provinces; a one-letter abbreviation never introduces a one-letter name.
    expect(findPlaces('T. Đồng Văn')).toEqual([]);
    expect(findPlaces('đồng chí Nguyễn P. V')).toEqual([]);
  });

  it('reads names with zero-width characters or no-break spaces between syllables', () => {
    const text = 'huyện\u00A0Đồng\u200BVăn';
    const [m] = findPlaces(text) as [PlaceMention];
    expect(m.candidates[0]!.name).toBe('Đồng Văn');
    expect(text.slice(m.fullStart, m.fullEnd)).toBe(text);
  });

  it('gives offsets into the text, with and without the type word', () => {
    const text = 'Sáng 5/3, Huyện ủy Vị Xuyên họp.';
    const [m] = findPlaces(text) as [PlaceMention];
    expect(text.slice(m.start, m.end)).toBe('Vị Xuyên');
    expect(text.slice(m.fullStart, m.fullEnd)).toBe('Huyện ủy Vị Xuyên');
    expect(m.typeWord).toBe('Huyện ủy');
    expect(m.qualifier).toBe('explicit');
    const en = 'the Vi Xuyen district committee';
    const [e] = findPlaces(en) as [PlaceMention];
    expect(en.slice(e.fullStart, e.fullEnd)).toBe('Vi Xuyen district');
    expect(e.typeWord).toBe('district');
  });
});

describe('levels and ranking', () => {
  it('lets the type word decide the level of a name that is a province, a city and communes', () => {
    expect(linked('tỉnh Hà Giang')).toEqual(['Hà Giang → Tỉnh Hà Giang / Hà Giang']);
    expect(linked('thành phố Hà Giang')).toEqual(['Hà Giang → Thành phố Hà Giang / Hà Giang']);
    expect(linked('xã Hà Giang')[0]).toMatch(/^Hà Giang → Xã Hà Giang \//);
    // Without a type word the province ranks first, the city it contains next: not ambiguous.
    const [m] = findPlaces('Hà Giang') as [PlaceMention];
    expect(m.candidates.slice(0, 2).map((c) => c.id)).toEqual(['p:02', 'd:024']);
    expect(m.ambiguous).toBe(false);
  });

  it('favours the exact type but keeps the level when the type changed ("huyện Việt Yên", now a thị xã)', () => {
    expect(linked('thị xã Kỳ Anh')).toEqual(['Kỳ Anh → Thị xã Kỳ Anh / Hà Tĩnh']);
    expect(linked('huyện Kỳ Anh')).toEqual(['Kỳ Anh → Huyện Kỳ Anh / Hà Tĩnh']);
    expect(linked('huyện Việt Yên')).toEqual(['Việt Yên → Thị xã Việt Yên / Bắc Giang']);
  });

  it('marks "Châu Thành" ambiguous alone and settles it by a province named nearby', () => {
    const [alone] = findPlaces('huyện Châu Thành') as [PlaceMention];
    expect(alone.candidates.length).toBeGreaterThanOrEqual(10);
    expect(alone.candidates.every((c) => c.type === 'Huyện' && c.name === 'Châu Thành')).toBe(true);
    expect(alone.ambiguous).toBe(true);
    const [near] = findPlaces('Hội nghị huyện Châu Thành. Tỉnh ủy Trà Vinh chỉ đạo.') as [PlaceMention];
    expect(near.candidates[0]!.provinceName).toBe('Trà Vinh');
    expect(near.ambiguous).toBe(false);
    // Given from outside: the article's province.
    const hinted = findPlaces('huyện Châu Thành', { near: [near.candidates[0]!] })[0]!;
    expect(hinted.candidates[0]!.provinceName).toBe('Trà Vinh');
    // A 2025 province given from outside (Vĩnh Long 2025 joined Vĩnh Long, Bến Tre and Trà Vinh) favours
    // the units of every province it joined.
    const merged = findPlaces('huyện Châu Thành', { near: [province2025Of('Trà Vinh')!] })[0]!;
    expect(
      merged.candidates
        .slice(0, 2)
        .map((c) => c.provinceName)
        .sort(),
    ).toEqual(['Bến Tre', 'Trà Vinh']);
    expect(merged.scores[1]! - merged.scores[2]!).toBeGreaterThan(0.1);
  });

  it('reads addresses and lists: a unit containing the one named just before, a list sharing a type word', () => {
    expect(linked('xã Lũng Cú, Đồng Văn, Hà Giang')).toEqual([
      'Lũng Cú → Xã Lũng Cú / Hà Giang',
      'Đồng Văn → Huyện Đồng Văn / Hà Giang',
      'Hà Giang → Tỉnh Hà Giang / Hà Giang',
    ]);
    expect(findPlaces('các huyện Đồng Văn, Mèo Vạc và Yên Minh').map((m) => m.qualifier)).toEqual([
      'explicit',
      'list',
      'list',
    ]);
    expect(linked('phường 1, 2 và 3, thị xã Vĩnh Châu').map((s) => s.split(' → ')[1])).toEqual([
      'Phường 1 / Sóc Trăng',
      'Phường 2 / Sóc Trăng',
      'Phường 3 / Sóc Trăng',
      'Thị xã Vĩnh Châu / Sóc Trăng',
    ]);
  });

  it('finds communes only after a type word, and then ranks the one in the district named nearby', () => {
    expect(findPlaces('Lũng Cú')).toEqual([]);
    expect(linked('xã Vĩnh Hải, thị xã Vĩnh Châu')[0]).toBe('Vĩnh Hải → Xã Vĩnh Hải / Sóc Trăng');
    // A name shared by a district and communes: the district first, the communes as candidates.
    const [m] = findPlaces('Đồng Văn') as [PlaceMention];
    expect(m.candidates[0]!.type).toBe('Huyện');
    expect(m.candidates.some((c) => c.level === 'commune')).toBe(true);
  });

  it('offers the 2025 province after a province of the same name when asked', () => {
    const [m] = findPlaces('Cần Thơ', { include2025: true }) as [PlaceMention];
    expect(m.candidates.map((c) => c.id)).toEqual(['p:92', 'p2025:can tho']);
    expect(findPlaces('Cần Thơ')[0]!.candidates.map((c) => c.id)).toEqual(['p:92']);
  });
});

describe('words that are not places', () => {
  it('needs a type word or two syllables: "an", "binh", "long" alone are no places', () => {
    for (const word of ['an', 'binh', 'long', 'An', 'Bình', 'Long'])
      expect(findPlaces(`o ${word} nhe`)).toEqual([]);
    expect(findPlaces('An, Bình, Long')).toEqual([]);
    expect(findPlaces('xã hội, xa hoi')).toEqual([]);
    // A single-syllable name with its type word is one.
    expect(linked('huyện Lắk')).toEqual(['Lắk → Huyện Lắk / Đắk Lắk']);
  });

  it('takes lower-case phrases in an article for words, and place names in chat for places', () => {
    expect(findPlaces('Giữ vững hòa bình, thống nhất ý chí. Xây dựng xã văn hóa.')).toEqual([]);
    expect(surfaces('Thực hiện văn bản chỉ đạo của Đại Từ.')).toEqual(['Đại Từ']);
    expect(linked('dong van co nhung han che gi')).toEqual(['dong van → Huyện Đồng Văn / Hà Giang']);
    expect(linked('vi xuyen co bao nhieu dang vien')).toEqual(['vi xuyen → Huyện Vị Xuyên / Hà Giang']);
    // A question with capitals elsewhere: lower-case names count when the caller says it is chat.
    expect(findPlaces('Hội nghị Huyện ủy đồng văn')).toEqual([]);
    expect(linked('Hội nghị Huyện ủy đồng văn', { chat: true })).toEqual([
      'đồng văn → Huyện Đồng Văn / Hà Giang',
    ]);
    expect(linked('Ai chủ trì ở vị xuyên?', { chat: true })).toEqual([
      'vị xuyên → Huyện Vị Xuyên / Hà Giang',
    ]);
    expect(findPlaces('Đã thống nhất những gì?', { chat: true })).toEqual([]);
    // Folded everyday phrases need a type word even in chat.
    expect(findPlaces('ban hanh bao nhieu van ban')).toEqual([]);
    expect(linked('huyen van ban co gi')).toEqual(['van ban → Huyện Văn Bàn / Lào Cai']);
  });

  it('reads headings in capitals: a bare district name there needs its type word, a province does not', () => {
    expect(findPlaces('THỐNG NHẤT CHỦ TRƯƠNG PHÁT TRIỂN')).toEqual([]);
    expect(linked('HỘI NGHỊ HUYỆN THỐNG NHẤT')).toEqual(['THỐNG NHẤT → Huyện Thống Nhất / Đồng Nai']);
    expect(linked('HỘI NGHỊ Ở HÀ GIANG')).toEqual(['HÀ GIANG → Tỉnh Hà Giang / Hà Giang']);
    // A name alone in capitals is no heading.
    expect(linked('Tin từ THỐNG NHẤT')).toEqual(['THỐNG NHẤT → Huyện Thống Nhất / Đồng Nai']);
  });

  it('finds in the dev corpus no place written in lower case outside chat, and no number without its type', () => {
    // The project's own articles (seeds, the robustness corpus) always; the dev corpus when it is beside.
    const dirs = [
      'seeds',
      join('eval', 'robustness', 'corpus'),
      join('..', 'shared', 'eval', 'corpus'),
    ].filter((d) => {
      try {
        return readdirSync(d).length > 0;
      } catch {
        return false;
      }
    });
    let mentions = 0;
    const bad: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), 'utf8').normalize('NFC');
        for (const m of findPlaces(text)) {
          mentions++;
          const first = m.surface.charAt(0);
          if (first !== first.toUpperCase())
            bad.push(`${file}: ${text.slice(m.fullStart - 20, m.fullEnd + 20)}`);
          if (/^\d/.test(m.surface) && !m.typeWord)
            bad.push(`${file}: ${text.slice(m.fullStart - 20, m.fullEnd + 20)}`);
        }
      }
    }
    if (dirs.length < 3)
      console.warn('place-find.test: ../shared/eval/corpus is absent, reading the project articles only');
    expect(mentions).toBeGreaterThan(dirs.length === 3 ? 100 : 50);
    expect(bad).toEqual([]);
  });
});
