/** Containment, provinces and districts, and the provinces of 1 July 2025. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../src/place/data.ts';
import { findPlaces } from '../src/place/find.ts';
import { placesNamed } from '../src/place/names.ts';
import {
  communesOf,
  districtsOf,
  former2025,
  placeByKey,
  placeKey,
  province2025Of,
  provinceNamed,
  provinceOf,
  sameOrContains,
} from '../src/place/relations.ts';
import type { Place } from '../src/place/types.ts';

/** The top candidate of the first mention. */
const top = (text: string): Place => {
  const place = findPlaces(text)[0]?.candidates[0];
  if (!place) throw new Error(`no place in "${text}"`);
  return place;
};
const names = (places: Place[]) => places.map((p) => p.name);

describe('relations', () => {
  it('gives a district-only mention its province ("Mường Lay" → Điện Biên, "Vĩnh Châu" → Sóc Trăng)', () => {
    expect(provinceOf(top('thị xã Mường Lay')).name).toBe('Điện Biên');
    expect(provinceOf(top('Vinh Chau town')).name).toBe('Sóc Trăng');
    expect(top('xã Lũng Cú, huyện Đồng Văn')).toMatchObject({
      districtName: 'Đồng Văn',
      provinceName: 'Hà Giang',
      province2025: 'Tuyên Quang',
    });
    const province = top('tỉnh Hà Giang');
    expect(provinceOf(province)).toBe(province);
  });

  it('lists districts of a province, and of a 2025 province across its former provinces', () => {
    const haGiang = top('tỉnh Hà Giang');
    const districts = districtsOf(haGiang.id);
    expect(districts).toHaveLength(11);
    expect(names(districts)).toContain('Đồng Văn');
    const tuyenQuang2025 = province2025Of(haGiang)!;
    expect(districtsOf(tuyenQuang2025.id)).toHaveLength(
      11 + districtsOf(provinceNamed('Tuyên Quang')!.id).length,
    );
    expect(districtsOf('p:nope')).toEqual([]);
    expect(names(communesOf(top('huyện Đồng Văn').id))).toContain('Lũng Cú');
  });

  it('maps a 2025 province to the provinces it joined and back', () => {
    expect(names(former2025('Cần Thơ'))).toEqual(['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']);
    expect(names(former2025('can tho'))).toEqual(['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']);
    expect(names(former2025('TP.HCM'))).toEqual(['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']);
    expect(former2025('Hậu Giang')).toEqual([]);
    expect(province2025Of('Sóc Trăng')?.name).toBe('Cần Thơ');
    expect(province2025Of('Hoà Bình')?.name).toBe('Phú Thọ');
    expect(province2025Of('Hòa Bình')?.name).toBe('Phú Thọ');
    expect(province2025Of('Thừa Thiên Huế')?.name).toBe('Huế');
    expect(province2025Of(top('thị xã Vĩnh Châu'))?.name).toBe('Cần Thơ');
    expect(province2025Of('Atlantis')).toBeUndefined();
  });

  it('tests containment: a province holds its units, a 2025 province its former provinces’ units', () => {
    const soctrang = top('tỉnh Sóc Trăng');
    const vinhChau = top('thị xã Vĩnh Châu');
    const vinhHai = top('xã Vĩnh Hải, thị xã Vĩnh Châu');
    const canTho = top('thành phố Cần Thơ');
    const canTho2025 = province2025Of(canTho)!;
    expect(sameOrContains(soctrang, vinhChau)).toBe(true);
    expect(sameOrContains(soctrang, vinhHai)).toBe(true);
    expect(sameOrContains(vinhChau, vinhHai)).toBe(true);
    expect(sameOrContains(vinhChau, vinhChau)).toBe(true);
    expect(sameOrContains(vinhChau, soctrang)).toBe(false);
    expect(sameOrContains(vinhHai, vinhChau)).toBe(false);
    // "Cần Thơ" before 2025 does not hold Sóc Trăng; the 2025 province does.
    expect(sameOrContains(canTho, vinhChau)).toBe(false);
    expect(sameOrContains(canTho2025, vinhChau)).toBe(true);
    expect(sameOrContains(canTho2025, soctrang)).toBe(true);
    expect(sameOrContains(canTho2025, canTho)).toBe(true);
    expect(sameOrContains(canTho, canTho2025)).toBe(false);
    expect(sameOrContains(canTho2025, top('tỉnh Hà Giang'))).toBe(false);
  });

  it('looks a bare name up (from a parsed record): every unit of that name, by level', () => {
    expect(placesNamed('Châu Thành', 'district')).toHaveLength(
      findPlaces('huyện Châu Thành')[0]!.candidates.length,
    );
    expect(placesNamed('Chau Thanh', 'district').map((p) => p.id)).toEqual(
      placesNamed('Châu Thành', 'district').map((p) => p.id),
    );
    expect(placesNamed('Mường Lay').map((p) => `${p.type} ${p.provinceName}`)).toEqual(['Thị xã Điện Biên']);
    expect(placesNamed('Lũng Cú')).toEqual([top('xã Lũng Cú')]);
    expect(placesNamed('Hòa Bình', 'province').map((p) => p.id)).toEqual(['p:17']);
    expect(placesNamed('Hạ Giang')).toEqual([]);
    expect(placesNamed('')).toEqual([]);
  });

  it('keys units by the statistics office code, stable across loads', () => {
    const dongVan = top('huyện Đồng Văn');
    expect(placeKey(dongVan)).toBe('d:026');
    expect(placeByKey('d:026')).toBe(dongVan);
    expect(placeKey(top('tỉnh Hà Giang'))).toBe('p:02');
    expect(placeKey(province2025Of('Sóc Trăng')!)).toBe('p2025:can tho');
    expect(placeByKey('d:999999')).toBeUndefined();
  });

  it('rejects a gazetteer file of the wrong shape, naming the bad value', () => {
    expect(() => buildGazetteer({ provinces: [] }, 'x.json')).toThrow(
      /x\.json.*provinces is not a non-empty array/,
    );
    const bad = {
      asOf: '2025-03-01',
      provinces: [
        {
          code: '01',
          name: 'A',
          type: 'Tỉnh',
          districts: [{ code: '1', name: 'B', type: 'Huyện', communes: [['1', 'C', 'Ấp']] }],
        },
      ],
      provinces2025: [],
      aliases: {},
    };
    expect(() => buildGazetteer(bad, 'x.json')).toThrow(
      /provinces\[0\]\.districts\[0\]\.communes\[0\] = \["1","C","Ấp"\]/,
    );
  });
});
