/**
 * Real Vietnamese provinces and their districts, towns and provincial cities (as they stood in
 * 2019–2024), with a coarse region used to pick fitting economic topics. People are invented
 * elsewhere; only the geography is real.
 */

/** Coarse region: decides which crops, industries and hazards the reports talk about. */
export type Region = 'mountain' | 'delta' | 'central' | 'highlands' | 'southeast' | 'mekong';

export type UnitKind = 'huyện' | 'thị xã' | 'thành phố';

export interface Province {
  name: string;
  region: Region;
}

export interface District {
  /** Stable id, e.g. `Lào Cai/huyện Bảo Yên`. */
  id: string;
  name: string;
  kind: UnitKind;
  province: Province;
}

// h = huyện, tx = thị xã, tp = thành phố.
const RAW: [string, Region, string][] = [
  [
    'Lào Cai',
    'mountain',
    'tp Lào Cai, tx Sa Pa, h Bảo Yên, h Bảo Thắng, h Bát Xát, h Bắc Hà, h Mường Khương, h Si Ma Cai, h Văn Bàn',
  ],
  [
    'Yên Bái',
    'mountain',
    'tp Yên Bái, tx Nghĩa Lộ, h Văn Chấn, h Trấn Yên, h Lục Yên, h Mù Cang Chải, h Trạm Tấu, h Văn Yên, h Yên Bình',
  ],
  [
    'Hà Giang',
    'mountain',
    'tp Hà Giang, h Đồng Văn, h Mèo Vạc, h Yên Minh, h Quản Bạ, h Bắc Quang, h Vị Xuyên, h Hoàng Su Phì, h Xín Mần',
  ],
  [
    'Tuyên Quang',
    'mountain',
    'tp Tuyên Quang, h Chiêm Hóa, h Hàm Yên, h Na Hang, h Lâm Bình, h Sơn Dương, h Yên Sơn',
  ],
  [
    'Bắc Kạn',
    'mountain',
    'tp Bắc Kạn, h Ba Bể, h Chợ Đồn, h Chợ Mới, h Na Rì, h Ngân Sơn, h Pác Nặm, h Bạch Thông',
  ],
  [
    'Cao Bằng',
    'mountain',
    'tp Cao Bằng, h Bảo Lạc, h Hà Quảng, h Trùng Khánh, h Hạ Lang, h Quảng Hòa, h Nguyên Bình, h Thạch An, h Hòa An',
  ],
  [
    'Lạng Sơn',
    'mountain',
    'tp Lạng Sơn, h Cao Lộc, h Văn Lãng, h Tràng Định, h Bình Gia, h Bắc Sơn, h Hữu Lũng, h Chi Lăng, h Lộc Bình, h Đình Lập',
  ],
  [
    'Lai Châu',
    'mountain',
    'tp Lai Châu, h Tam Đường, h Phong Thổ, h Sìn Hồ, h Mường Tè, h Than Uyên, h Tân Uyên, h Nậm Nhùn',
  ],
  [
    'Điện Biên',
    'mountain',
    'tp Điện Biên Phủ, tx Mường Lay, h Điện Biên, h Điện Biên Đông, h Mường Chà, h Tủa Chùa, h Tuần Giáo, h Mường Nhé, h Nậm Pồ, h Mường Ảng',
  ],
  [
    'Sơn La',
    'mountain',
    'tp Sơn La, h Mộc Châu, h Yên Châu, h Mai Sơn, h Sông Mã, h Thuận Châu, h Quỳnh Nhai, h Phù Yên, h Bắc Yên, h Sốp Cộp, h Vân Hồ, h Mường La',
  ],
  [
    'Hòa Bình',
    'mountain',
    'tp Hòa Bình, h Mai Châu, h Lạc Sơn, h Kim Bôi, h Tân Lạc, h Cao Phong, h Lương Sơn, h Yên Thủy, h Lạc Thủy, h Đà Bắc',
  ],
  [
    'Thái Nguyên',
    'mountain',
    'tp Thái Nguyên, tp Sông Công, h Đại Từ, h Định Hóa, h Phú Lương, h Võ Nhai, h Đồng Hỷ, h Phú Bình',
  ],
  [
    'Phú Thọ',
    'mountain',
    'tp Việt Trì, tx Phú Thọ, h Thanh Sơn, h Tân Sơn, h Yên Lập, h Cẩm Khê, h Hạ Hòa, h Đoan Hùng, h Thanh Ba, h Lâm Thao, h Tam Nông, h Thanh Thủy',
  ],
  [
    'Bắc Giang',
    'mountain',
    'tp Bắc Giang, h Lục Ngạn, h Lục Nam, h Sơn Động, h Yên Thế, h Lạng Giang, h Hiệp Hòa, h Tân Yên, h Yên Dũng',
  ],
  [
    'Quảng Ninh',
    'delta',
    'tp Hạ Long, tp Cẩm Phả, tp Uông Bí, tp Móng Cái, tx Quảng Yên, h Vân Đồn, h Tiên Yên, h Bình Liêu, h Hải Hà, h Đầm Hà, h Ba Chẽ, h Cô Tô',
  ],
  [
    'Thái Bình',
    'delta',
    'tp Thái Bình, h Kiến Xương, h Tiền Hải, h Quỳnh Phụ, h Vũ Thư, h Hưng Hà, h Đông Hưng, h Thái Thụy',
  ],
  [
    'Nam Định',
    'delta',
    'tp Nam Định, h Giao Thủy, h Hải Hậu, h Nghĩa Hưng, h Xuân Trường, h Trực Ninh, h Ý Yên, h Vụ Bản, h Mỹ Lộc, h Nam Trực',
  ],
  ['Hà Nam', 'delta', 'tp Phủ Lý, tx Duy Tiên, h Thanh Liêm, h Bình Lục, h Lý Nhân'],
  [
    'Ninh Bình',
    'delta',
    'tp Ninh Bình, tp Tam Điệp, h Gia Viễn, h Nho Quan, h Yên Khánh, h Yên Mô, h Kim Sơn',
  ],
  [
    'Hưng Yên',
    'delta',
    'tp Hưng Yên, tx Mỹ Hào, h Văn Lâm, h Văn Giang, h Yên Mỹ, h Khoái Châu, h Ân Thi, h Kim Động, h Tiên Lữ, h Phù Cừ',
  ],
  [
    'Hải Dương',
    'delta',
    'tp Hải Dương, tp Chí Linh, tx Kinh Môn, h Nam Sách, h Thanh Hà, h Tứ Kỳ, h Gia Lộc, h Ninh Giang, h Thanh Miện, h Cẩm Giàng, h Bình Giang, h Kim Thành',
  ],
  [
    'Bắc Ninh',
    'delta',
    'tp Bắc Ninh, tp Từ Sơn, h Yên Phong, h Quế Võ, h Tiên Du, h Gia Bình, h Lương Tài, h Thuận Thành',
  ],
  [
    'Vĩnh Phúc',
    'delta',
    'tp Vĩnh Yên, tp Phúc Yên, h Tam Đảo, h Lập Thạch, h Sông Lô, h Tam Dương, h Bình Xuyên, h Yên Lạc, h Vĩnh Tường',
  ],
  [
    'Thanh Hóa',
    'central',
    'tp Thanh Hóa, tp Sầm Sơn, tx Bỉm Sơn, tx Nghi Sơn, h Thọ Xuân, h Quảng Xương, h Hậu Lộc, h Nga Sơn, h Ngọc Lặc, h Thạch Thành, h Cẩm Thủy, h Bá Thước, h Quan Hóa, h Mường Lát, h Như Xuân, h Thường Xuân, h Triệu Sơn, h Nông Cống',
  ],
  [
    'Nghệ An',
    'central',
    'tp Vinh, tx Cửa Lò, tx Thái Hòa, tx Hoàng Mai, h Quỳnh Lưu, h Diễn Châu, h Yên Thành, h Đô Lương, h Nam Đàn, h Hưng Nguyên, h Thanh Chương, h Anh Sơn, h Con Cuông, h Tương Dương, h Kỳ Sơn, h Quế Phong, h Quỳ Châu, h Nghĩa Đàn',
  ],
  [
    'Hà Tĩnh',
    'central',
    'tp Hà Tĩnh, tx Hồng Lĩnh, tx Kỳ Anh, h Hương Sơn, h Hương Khê, h Đức Thọ, h Can Lộc, h Thạch Hà, h Cẩm Xuyên, h Nghi Xuân, h Vũ Quang, h Lộc Hà',
  ],
  [
    'Quảng Bình',
    'central',
    'tp Đồng Hới, tx Ba Đồn, h Minh Hóa, h Tuyên Hóa, h Quảng Trạch, h Bố Trạch, h Quảng Ninh, h Lệ Thủy',
  ],
  [
    'Quảng Trị',
    'central',
    'tp Đông Hà, tx Quảng Trị, h Vĩnh Linh, h Gio Linh, h Cam Lộ, h Triệu Phong, h Hải Lăng, h Đakrông, h Hướng Hóa',
  ],
  [
    'Thừa Thiên Huế',
    'central',
    'tp Huế, tx Hương Thủy, tx Hương Trà, h Phong Điền, h Quảng Điền, h Phú Vang, h Phú Lộc, h A Lưới, h Nam Đông',
  ],
  [
    'Quảng Nam',
    'central',
    'tp Tam Kỳ, tp Hội An, tx Điện Bàn, h Đại Lộc, h Duy Xuyên, h Thăng Bình, h Núi Thành, h Phú Ninh, h Quế Sơn, h Tiên Phước, h Nam Giang, h Đông Giang, h Tây Giang, h Phước Sơn, h Bắc Trà My, h Nam Trà My',
  ],
  [
    'Quảng Ngãi',
    'central',
    'tp Quảng Ngãi, tx Đức Phổ, h Bình Sơn, h Sơn Tịnh, h Tư Nghĩa, h Mộ Đức, h Nghĩa Hành, h Ba Tơ, h Sơn Hà, h Trà Bồng, h Lý Sơn, h Minh Long',
  ],
  [
    'Bình Định',
    'central',
    'tp Quy Nhơn, tx An Nhơn, tx Hoài Nhơn, h Phù Cát, h Phù Mỹ, h Tây Sơn, h Tuy Phước, h Hoài Ân, h An Lão, h Vân Canh, h Vĩnh Thạnh',
  ],
  [
    'Phú Yên',
    'central',
    'tp Tuy Hòa, tx Sông Cầu, tx Đông Hòa, h Tuy An, h Đồng Xuân, h Sơn Hòa, h Sông Hinh, h Tây Hòa, h Phú Hòa',
  ],
  [
    'Khánh Hòa',
    'central',
    'tp Nha Trang, tp Cam Ranh, tx Ninh Hòa, h Vạn Ninh, h Diên Khánh, h Cam Lâm, h Khánh Vĩnh, h Khánh Sơn',
  ],
  [
    'Ninh Thuận',
    'central',
    'tp Phan Rang - Tháp Chàm, h Ninh Hải, h Ninh Phước, h Ninh Sơn, h Thuận Bắc, h Thuận Nam, h Bác Ái',
  ],
  [
    'Bình Thuận',
    'central',
    'tp Phan Thiết, tx La Gi, h Tuy Phong, h Bắc Bình, h Hàm Thuận Bắc, h Hàm Thuận Nam, h Hàm Tân, h Tánh Linh, h Đức Linh, h Phú Quý',
  ],
  [
    'Kon Tum',
    'highlands',
    'tp Kon Tum, h Đắk Hà, h Đắk Tô, h Ngọc Hồi, h Đắk Glei, h Sa Thầy, h Kon Plông, h Kon Rẫy, h Tu Mơ Rông',
  ],
  [
    'Gia Lai',
    'highlands',
    'tp Pleiku, tx An Khê, tx Ayun Pa, h Chư Sê, h Chư Păh, h Chư Prông, h Chư Pưh, h Đak Đoa, h Ia Grai, h Kbang, h Krông Pa, h Mang Yang, h Đức Cơ, h Ia Pa, h Phú Thiện, h Kông Chro, h Đak Pơ',
  ],
  [
    'Đắk Lắk',
    'highlands',
    "tp Buôn Ma Thuột, tx Buôn Hồ, h Krông Pắc, h Krông Búk, h Cư M'gar, h Ea H'leo, h Ea Súp, h Ea Kar, h M'Đrắk, h Krông Bông, h Lắk, h Buôn Đôn, h Krông Ana, h Cư Kuin, h Krông Năng",
  ],
  [
    'Đắk Nông',
    'highlands',
    "tp Gia Nghĩa, h Đắk Mil, h Đắk Song, h Đắk R'lấp, h Krông Nô, h Cư Jút, h Tuy Đức, h Đắk Glong",
  ],
  [
    'Lâm Đồng',
    'highlands',
    'tp Đà Lạt, tp Bảo Lộc, h Lạc Dương, h Đơn Dương, h Đức Trọng, h Lâm Hà, h Di Linh, h Bảo Lâm, h Đạ Huoai, h Đạ Tẻh, h Cát Tiên, h Đam Rông',
  ],
  [
    'Bình Phước',
    'southeast',
    'tp Đồng Xoài, tx Bình Long, tx Phước Long, h Bù Đăng, h Bù Đốp, h Bù Gia Mập, h Lộc Ninh, h Hớn Quản, h Đồng Phú, h Phú Riềng',
  ],
  [
    'Tây Ninh',
    'southeast',
    'tp Tây Ninh, tx Hòa Thành, tx Trảng Bàng, h Tân Biên, h Tân Châu, h Dương Minh Châu, h Châu Thành, h Gò Dầu, h Bến Cầu',
  ],
  [
    'Bình Dương',
    'southeast',
    'tp Thủ Dầu Một, tp Dĩ An, tp Thuận An, h Dầu Tiếng, h Phú Giáo, h Bàu Bàng, h Bắc Tân Uyên',
  ],
  [
    'Đồng Nai',
    'southeast',
    'tp Biên Hòa, tp Long Khánh, h Nhơn Trạch, h Long Thành, h Trảng Bom, h Thống Nhất, h Vĩnh Cửu, h Định Quán, h Tân Phú, h Xuân Lộc, h Cẩm Mỹ',
  ],
  [
    'Bà Rịa - Vũng Tàu',
    'southeast',
    'tp Vũng Tàu, tp Bà Rịa, tx Phú Mỹ, h Châu Đức, h Xuyên Mộc, h Long Đất, h Côn Đảo',
  ],
  [
    'Long An',
    'mekong',
    'tp Tân An, tx Kiến Tường, h Đức Hòa, h Bến Lức, h Cần Giuộc, h Cần Đước, h Đức Huệ, h Thạnh Hóa, h Tân Thạnh, h Mộc Hóa, h Vĩnh Hưng, h Tân Hưng, h Thủ Thừa, h Tân Trụ',
  ],
  [
    'Tiền Giang',
    'mekong',
    'tp Mỹ Tho, tx Gò Công, tx Cai Lậy, h Cái Bè, h Chợ Gạo, h Gò Công Tây, h Gò Công Đông, h Tân Phước, h Tân Phú Đông',
  ],
  [
    'Bến Tre',
    'mekong',
    'tp Bến Tre, h Ba Tri, h Bình Đại, h Thạnh Phú, h Mỏ Cày Nam, h Mỏ Cày Bắc, h Giồng Trôm, h Chợ Lách',
  ],
  [
    'Trà Vinh',
    'mekong',
    'tp Trà Vinh, tx Duyên Hải, h Càng Long, h Cầu Kè, h Tiểu Cần, h Cầu Ngang, h Trà Cú',
  ],
  [
    'Vĩnh Long',
    'mekong',
    'tp Vĩnh Long, tx Bình Minh, h Long Hồ, h Mang Thít, h Vũng Liêm, h Tam Bình, h Trà Ôn, h Bình Tân',
  ],
  [
    'Đồng Tháp',
    'mekong',
    'tp Cao Lãnh, tp Sa Đéc, tp Hồng Ngự, h Tân Hồng, h Tam Nông, h Thanh Bình, h Tháp Mười, h Lấp Vò, h Lai Vung',
  ],
  [
    'An Giang',
    'mekong',
    'tp Long Xuyên, tp Châu Đốc, tx Tân Châu, tx Tịnh Biên, h An Phú, h Phú Tân, h Châu Phú, h Tri Tôn, h Thoại Sơn, h Chợ Mới',
  ],
  [
    'Kiên Giang',
    'mekong',
    'tp Rạch Giá, tp Hà Tiên, tp Phú Quốc, h Kiên Lương, h Hòn Đất, h Tân Hiệp, h Giồng Riềng, h Gò Quao, h An Biên, h An Minh, h U Minh Thượng, h Vĩnh Thuận, h Kiên Hải, h Giang Thành',
  ],
  ['Hậu Giang', 'mekong', 'tp Vị Thanh, tp Ngã Bảy, tx Long Mỹ, h Phụng Hiệp, h Châu Thành A, h Vị Thủy'],
  [
    'Sóc Trăng',
    'mekong',
    'tp Sóc Trăng, tx Vĩnh Châu, tx Ngã Năm, h Kế Sách, h Mỹ Tú, h Mỹ Xuyên, h Thạnh Trị, h Long Phú, h Cù Lao Dung, h Trần Đề',
  ],
  ['Bạc Liêu', 'mekong', 'tp Bạc Liêu, tx Giá Rai, h Hồng Dân, h Vĩnh Lợi, h Đông Hải'],
  [
    'Cà Mau',
    'mekong',
    'tp Cà Mau, h U Minh, h Thới Bình, h Trần Văn Thời, h Cái Nước, h Đầm Dơi, h Năm Căn, h Ngọc Hiển',
  ],
];

const KIND: Record<string, UnitKind> = { h: 'huyện', tx: 'thị xã', tp: 'thành phố' };

function build(): { provinces: Province[]; districts: District[] } {
  const provinces: Province[] = [];
  const districts: District[] = [];
  // An organisation name such as "Huyện ủy Châu Thành" must name one body only, so a (kind, name)
  // pair is kept once even where several provinces have a district of that name.
  const seen = new Set<string>();
  for (const [name, region, list] of RAW) {
    const province = { name, region };
    provinces.push(province);
    for (const item of list.split(',')) {
      const m = /^\s*(h|tx|tp) (.+?)\s*$/.exec(item);
      if (!m) throw new Error(`places: bad district entry '${item}' in ${name}; write 'h|tx|tp Name'`);
      const kind = KIND[m[1] as string] as UnitKind;
      const dname = m[2] as string;
      const key = `${kind} ${dname}`;
      if (seen.has(key)) continue;
      seen.add(key);
      districts.push({ id: `${name}/${key}`, name: dname, kind, province });
    }
  }
  return { provinces, districts };
}

const BUILT = build();

/** All provinces, in a fixed order. */
export const PROVINCES: readonly Province[] = BUILT.provinces;

/** All districts, towns and provincial cities, in a fixed order, names unique per kind. */
export const DISTRICTS: readonly District[] = BUILT.districts;

/** `huyện Bảo Yên`. */
export function placeName(d: District): string {
  return `${d.kind} ${d.name}`;
}

/** The Party committee of a unit: `Huyện ủy`, `Thị ủy`, `Thành ủy`. */
export function partyCommittee(d: District): string {
  return d.kind === 'huyện' ? 'Huyện ủy' : d.kind === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
}

/** What the lower tier is called: `xã, thị trấn` in a huyện, `xã, phường` in towns and cities. */
export function communeTier(d: District): string {
  return d.kind === 'huyện' ? 'xã, thị trấn' : 'xã, phường';
}
