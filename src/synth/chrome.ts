/**
 * Page furniture of scraped news portals: greetings, banners, breadcrumbs, page-header dates, the
 * six posting-date styles, image file names and captions, author lines, comment boxes, the
 * "Tìm kiếm theo ngày" box and sidebars of unrelated headlines. A site keeps one layout for all
 * its articles (chosen from the site id), as real portals do.
 */
import { addDays, ddmmyyyy, fmtInt, pad2, weekdayName, type Ymd } from './format.ts';
import { communeName, penName } from './names.ts';
import { Rng } from './rng.ts';

export interface SiteProfile {
  bullets: boolean;
  /** Separator between paragraphs and blocks. */
  sep: string;
  headerLines: string[];
  dateStyle: number;
  authorStyle: number;
  commentStyle: number;
  tools: string | null;
  search: number;
  sidebarHeading: string;
  sidebarBullet: string;
  sidebarWeekday: boolean;
  /** Newspaper sidebars: headline line plus a dated teaser line. */
  sidebarTeasers: boolean;
  headerDateStyle: number;
  reporters: string[];
}

export interface SiteInfo {
  /** Stable id of the portal (a district id, or `province:<name>`). */
  id: string;
  /** `huyện Bảo Yên` or `tỉnh Gia Lai`. */
  place: string;
  province: string;
  /** Whether the portal belongs to a district-level unit. */
  district: boolean;
  kind: 'portal' | 'party' | 'newspaper';
}

const GREETINGS = [
  'Chào mừng quý bạn đọc đến với Cổng thông tin điện tử $place',
  'Chào mừng bạn đến với Cổng thông tin điện tử $place',
  'Chào mừng bạn đến với Trang thông tin điện tử $place - tỉnh $prov',
  'Chào mừng quý vị đến với Trang thông tin điện tử $place - tỉnh $prov',
  'Chào mừng quý khách đến với Cổng thông tin điện tử $place',
  'Chào mừng quý bạn đọc đến với Trang thông tin điện tử $place',
];
const BANNERS = [
  'TRANG THÔNG TIN ĐIỆN TỬ $PLACE - TỈNH $PROV',
  'Cổng thông tin điện tử $place - tỉnh $prov',
  'Cổng thông tin điện tử $place',
  'UBND $PLACE - CỔNG THÔNG TIN ĐIỆN TỬ',
  '$PLACE - TRANG THÔNG TIN ĐIỆN TỬ',
  'Trang thông tin điện tử $place',
];
const BREADCRUMBS = [
  'Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng',
  'Trang chủ / Tin tức / Hoạt động của lãnh đạo $unit',
  'Trang chủ > Tin hoạt động > Hoạt động của $committee',
  'Tin tức - Sự kiện | Xây dựng Đảng',
  'Trang chủ >> Tin tức sự kiện >> Hoạt động lãnh đạo tỉnh',
  'Trang chủ » Tin tức » Hoạt động của Đảng',
  'Tin tức sự kiện » Hoạt động của $committee',
  'Trang chủ > Tin tức > Tin trong $unit',
  'Tin tức - Sự kiện > Tin trong tỉnh',
  'Tin tức - Sự kiện / Tin hoạt động',
  'Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ',
];
const CATEGORIES = [
  'Tin hoạt động',
  'Tin trong tỉnh',
  'Xây dựng Đảng',
  'Tin trong $unit',
  'Tin hoạt động của $committee',
  'Tin tức - Sự kiện',
  'Hoạt động của lãnh đạo',
  'Chính trị',
];
const SIDEBAR_HEADINGS = [
  'Các tin khác',
  'Tin cùng chuyên mục',
  'Tin liên quan',
  'Tin liên quan:',
  'Tin mới',
  'Tin đọc nhiều',
  'Tin nổi bật',
  'Tin mới nhất',
  'Các tin đã đưa',
  'Tin mới cập nhật',
  'Tin khác',
  'Tin khác:',
];
const SIDEBAR_BULLETS = ['  • ', '- ', '» ', '+ ', ''];
const TOOLS = ['In bài | Gửi email | Chia sẻ', 'Chia sẻ | In trang | Về đầu trang', 'Chia sẻ | In bài'];

function fill(tpl: string, site: SiteInfo, unit: string, committee: string): string {
  return tpl
    .replace(/\$PLACE/g, site.place.toUpperCase())
    .replace(/\$PROV/g, site.province.toUpperCase())
    .replace(/\$place/g, site.place)
    .replace(/\$prov/g, site.province)
    .replace(/\$unit/g, unit)
    .replace(/\$committee/g, committee);
}

/** The layout of a portal, fixed for the site within one corpus seed. */
export function siteProfile(seed: string, site: SiteInfo, unit: string, committee: string): SiteProfile {
  const r = Rng.of(seed, 'site', site.id, site.kind);
  const header: string[] = [];
  if (site.kind === 'newspaper') {
    header.push('Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao');
  } else if (site.kind === 'party') {
    header.push(`ĐẢNG BỘ TỈNH ${site.province.toUpperCase()}`, 'Trang thông tin điện tử');
    header.push('Trang chủ | Xây dựng Đảng | Chính quyền | Mặt trận - Đoàn thể | Thông báo');
    if (r.chance(0.6)) header.push(r.pick(['Xây dựng Đảng', 'Hoạt động của lãnh đạo', 'Tin trong tỉnh']));
  } else {
    const opening = r.int(0, 2);
    if (opening === 0) header.push(fill(r.pick(GREETINGS), site, unit, committee));
    else if (opening === 1) header.push(fill(r.pick(BANNERS), site, unit, committee));
    if (opening === 2 || r.chance(0.7)) {
      header.push(fill(r.chance(0.6) ? r.pick(BREADCRUMBS) : r.pick(CATEGORIES), site, unit, committee));
    }
    if (header.length === 0) header.push(fill(r.pick(CATEGORIES), site, unit, committee));
  }
  const bullets = site.kind === 'portal' && r.chance(0.18);
  return {
    bullets,
    sep: bullets ? '\n' : r.weighted(['\n', '\n\n', '\n\n\n'], [3, 6, 1]),
    headerLines: header,
    dateStyle: bullets ? 0 : site.kind === 'newspaper' ? 3 : r.int(0, 5),
    authorStyle: r.int(0, 10),
    commentStyle: r.int(-1, 7),
    tools: site.kind === 'party' ? TOOLS[0]! : r.chance(0.25) ? r.pick(TOOLS) : null,
    search: site.kind === 'newspaper' ? 0 : r.weighted([0, 1, 2], [4, 5, 1]),
    sidebarHeading: r.pick(SIDEBAR_HEADINGS),
    sidebarBullet: bullets ? '  • ' : r.pick(SIDEBAR_BULLETS),
    sidebarWeekday: r.chance(0.2),
    sidebarTeasers: site.kind === 'newspaper',
    headerDateStyle: site.kind === 'newspaper' ? 2 : r.int(0, 1),
    reporters: [penName(r), penName(r), penName(r)],
  };
}

function clock(r: Rng): { h: number; mi: number; s: number } {
  return { h: r.int(6, 17), mi: r.int(0, 59), s: r.int(0, 59) };
}

/** The posting-date line after the title, in the site's style (one of six). */
export function dateLine(style: number, published: Ymd, r: Rng): string {
  const { h, mi, s } = clock(r);
  const views = fmtInt(r.int(40, 1400));
  switch (style) {
    case 0: {
      const h12 = h % 12 === 0 ? 12 : h % 12;
      return `Thời gian đăng: ${ddmmyyyy(published)} ${pad2(h12)}:${pad2(mi)}:${pad2(s)} ${h < 12 ? 'AM' : 'PM'}`;
    }
    case 1:
      return `${ddmmyyyy(published)} ${pad2(h)}:${pad2(mi)} Số lượt xem: ${views}`;
    case 2:
      return `Ngày ${pad2(published.d)} tháng ${pad2(published.m)} năm ${published.y}`;
    case 3:
      return `${weekdayName(published)}, ${ddmmyyyy(published)} - ${pad2(h)}:${pad2(mi)}'`;
    case 4:
      return `[ Cập nhật vào ngày (${ddmmyyyy(published)}) ] - [ Số lần xem: ${views} ]`;
    default: {
      const d = `${pad2(published.d)}-${pad2(published.m)}-${published.y}`;
      return r.chance(0.5) ? `Ngày đăng: ${d}` : `Ngày đăng: ${d} | Lượt xem: ${views}`;
    }
  }
}

/** A page-header date (the crawl day), which is not the article's date. */
export function headerDateLine(style: number, date: Ymd, r: Rng): string {
  const base = `${weekdayName(date)}, ${ddmmyyyy(date)}`;
  if (style === 2) return `${base}, ${pad2(r.int(6, 22))}:${pad2(r.int(0, 59))} [GMT+7]`;
  return style === 1 || r.chance(0.3) ? `Hôm nay: ${base}` : base;
}

/** Author line; may be glued to the comment header (`Lam GiangCác ý kiến của bạn đọc`). */
export function authorBlock(
  style: number,
  author: string,
  r: Rng,
  unit: string,
  committee: string,
): {
  line: string;
  gluedComment: boolean;
} {
  switch (style) {
    case 0:
      return { line: `Tác giả: ${author}`, gluedComment: false };
    case 1:
      return { line: author, gluedComment: false };
    case 2:
      return { line: `Tin, ảnh: ${author}`, gluedComment: false };
    case 3:
      return {
        line: `${author} - ${r.pick(['Đài Truyền thanh', 'Trung tâm Văn hóa, Thông tin và Thể thao', 'Trung tâm Truyền thông và Văn hóa'])} ${unit}`,
        gluedComment: false,
      };
    case 4:
      return { line: `${author} (Trung tâm VH-TT&TT ${unit})`, gluedComment: false };
    case 5:
      return { line: author.toUpperCase(), gluedComment: false };
    case 6:
      return { line: `Tin: ${author} - Ảnh: ${penName(r)}`, gluedComment: false };
    case 7:
    case 8:
      return { line: author, gluedComment: true };
    case 9:
      return { line: `${author} - Văn phòng ${committee}`, gluedComment: false };
    default:
      return {
        line: `Tác giả: ${author} - Trung tâm Văn hóa, Thông tin và Thể thao ${unit}`,
        gluedComment: false,
      };
  }
}

const COMMENT_BOXES = [
  ['Bình luận', 'Hiện tại chưa có bình luận', 'Viết bình luận'],
  ['Bình luận', 'Hiện tại chưa có bình luận', 'Viết bình luận', 'Họ tên (*)', 'Email (*)', 'Mã bảo vệ'],
  ['Ý kiến bạn đọc', 'Gửi ý kiến'],
  ['Ý kiến bạn đọc (0)'],
  ['Các ý kiến của bạn đọc', 'Gửi ý kiến của bạn'],
  ['Ý kiến bạn đọc', 'Họ và tên', 'Email', 'Nội dung', 'Gửi'],
  ['Bình luận (0)'],
  ['Ý kiến của bạn'],
];

/** Comment-box lines for the style (-1: none). A glued author needs a box, so it gets one. */
export function commentBox(style: number, glued: boolean): string[] {
  if (style < 0 && !glued) return [];
  const box = COMMENT_BOXES[Math.max(0, style) % COMMENT_BOXES.length] as string[];
  if (glued && !/ý kiến/i.test(box[0] as string)) return ['Các ý kiến của bạn đọc', 'Gửi ý kiến của bạn'];
  return box.slice();
}

/** The "search by date" widget. */
export function searchBox(style: number): string[] {
  if (style === 0) return [];
  return style === 2 ? ['Tìm kiếm theo ngày', 'Ngày   Tháng   Năm   [Tìm]'] : ['Tìm kiếm theo ngày'];
}

// ---- images ------------------------------------------------------------------------------------------

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An image file name as CMSs leave them in scraped text. */
export function imageName(r: Rng, meeting: Ymd, words: string[]): string {
  switch (r.int(0, 5)) {
    case 0:
    case 1:
      return `IMG_${meeting.y}${pad2(meeting.m)}${pad2(meeting.d)}_${pad2(r.int(7, 17))}${pad2(r.int(0, 59))}${pad2(r.int(0, 59))}.jpg`;
    case 2:
      return `DSC_${String(r.int(10, 9999)).padStart(4, '0')}.JPG`;
    case 3:
      return `IMG_${r.int(1000, 9999)}.${r.chance(0.5) ? 'JPG' : 'jpg'}`;
    case 4:
      return `${r.sample(words, 3).map(slug).join('-')}.jpg`;
    default:
      return r.chance(0.5) ? `${r.int(100, 999)}..jpg` : `anh-${slug(r.pick(words))}-${r.int(1, 9)}.jpg`;
  }
}

/**
 * Attaches an image (file name and/or caption) to a paragraph in one of the scraped forms; returns
 * the new paragraph text and any lines that follow it.
 */
export function attachImage(paragraph: string, file: string, caption: string, r: Rng): string[] {
  switch (r.int(0, 5)) {
    case 0:
      return [`${paragraph}${file}`, caption];
    case 1:
      return [`${paragraph}${file}${caption}`];
    case 2:
      return [`${paragraph}${caption}`];
    case 3:
      return [paragraph, file, caption];
    case 4:
      return [paragraph, `${file} ${caption}`];
    default:
      return [paragraph, caption];
  }
}

// ---- sidebar ------------------------------------------------------------------------------------------

export interface SidebarPeople {
  /** Officials who may appear in teasers, with titles; never the article's chair. */
  officials: { name: string; title: string }[];
  /** A provincial leader for "Hội nghị Ban Chấp hành Đảng bộ tỉnh" teasers. */
  provincial: { name: string; title: string };
}

const HEADLINES = [
  '$name: Trao $n suất quà cho {học sinh nghèo vượt khó|hộ nghèo|người lao động có hoàn cảnh khó khăn}',
  'Xã $cm ra quân làm đường giao thông nông thôn',
  'Đồng chí $off kiểm tra tiến độ {xây dựng cầu treo|công trình trường học|thu hoạch vụ mùa|xây dựng nhà văn hóa} tại xã $cm',
  'Hội Nông dân $unit tập huấn kỹ thuật {trồng chè|chăn nuôi gia súc|trồng cây ăn quả|sản xuất lúa hữu cơ} cho $n hội viên',
  'Xã $cm đón nhận danh hiệu xã văn hóa',
  'Đồng chí $off tiếp xúc cử tri xã $cm',
  '$name: Khai mạc Hội chợ Xuân với $n gian hàng',
  'Khánh thành cầu treo thôn $cm',
  '$name: Bàn giao $n căn nhà cho hộ nghèo',
  'Ông $off đối thoại với $n hộ dân vùng dự án',
  'Hội thi "Bí thư chi bộ giỏi" năm $yy với $n thí sinh',
  '$name: Khai giảng lớp trung cấp lý luận chính trị cho $n học viên',
  'Xã $cm ra mắt mô hình "Tuyến đường không rác"',
  'Đồng chí $off dự Ngày hội Đại đoàn kết toàn dân tộc tại xã $cm',
  'Đoàn Thanh niên $unit ra quân chiến dịch Thanh niên tình nguyện hè với $n đoàn viên',
  'Khai mạc Hội thao Lực lượng vũ trang $unit năm $yy với $n vận động viên',
  'Tập huấn nghiệp vụ công tác Đảng cho $n cấp ủy viên cơ sở',
  '$name: Hơn $N ha lúa bị ảnh hưởng do mưa lớn',
  '$name: $N hộ được cấp giấy chứng nhận quyền sử dụng đất',
  'Xã $cm đón Bằng công nhận đạt chuẩn nông thôn mới nâng cao',
  'Đồng chí $off thăm, tặng quà gia đình chính sách tại xã $cm',
  '$name: Phát động Tết trồng cây với $N cây xanh',
  'Xã $cm hoàn thành tiêm vắc xin cho $N người',
  'Lễ hội văn hóa các dân tộc xã $cm thu hút hơn $N lượt khách',
];

/** 2–5 unrelated headlines with their own dates, names and numbers. */
export function sidebar(
  profile: SiteProfile,
  r: Rng,
  ctx: { name: string; unit: string; around: Ymd; people: SidebarPeople; reuse: string[] },
): string[] {
  const lines: string[] = [profile.sidebarHeading];
  const count = r.int(2, 5);
  const templates = r.sample(HEADLINES, count);
  let day = ctx.around;
  let usedReuse = false;
  const usedOfficials = new Set<string>();
  for (let i = 0; i < count; i++) {
    day = addDays(day, -r.int(1, 12));
    // A teaser about a provincial meeting chaired by someone else: a trap for "who chaired" questions.
    if (i === count - 1 && r.chance(0.25)) {
      const p = ctx.people.provincial;
      const d = addDays(day, -1);
      const head = `Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ${r.int(4, 28)}`;
      const teaser = `Ngày ${d.d}/${d.m}, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị do đồng chí ${p.name}, ${p.title} chủ trì...`;
      lines.push(...formatItem(profile, head, day, teaser));
      continue;
    }
    // Each official appears at most once; later items fall back to headlines without one.
    let tpl = templates[i] as string;
    const officials = ctx.people.officials.filter((o) => !usedOfficials.has(o.name));
    if (tpl.includes('$off') && officials.length === 0) tpl = 'Xã $cm ra quân làm đường giao thông nông thôn';
    const off = officials.length > 0 ? r.pick(officials) : ctx.people.provincial;
    if (tpl.includes('$off')) usedOfficials.add(off.name);
    let big = fmtInt(r.int(12, 480) * 10);
    if (!usedReuse && ctx.reuse.length > 0 && r.chance(0.2)) {
      big = r.pick(ctx.reuse);
      usedReuse = true;
    }
    const vars: Record<string, string> = {
      name: ctx.name,
      unit: ctx.unit,
      cm: communeName(r),
      off: `${off.name}, ${off.title}`,
      n: String(r.int(12, 350)),
      N: big,
      yy: String(day.y),
    };
    let head = tpl.replace(/\{([^{}]*)\}/g, (_m, alts: string) => r.pick(alts.split('|')));
    head = head.replace(/\$([a-zA-Z]+)/g, (_m, k: string) => vars[k] ?? '');
    const teaser = `${r.pick(['Sáng', 'Chiều', 'Ngày'])} ${day.d}/${day.m}, ${r.pick(['đông đảo cán bộ, hội viên và nhân dân đã tham gia', 'chương trình được tổ chức với sự tham gia của các ban, ngành', 'hoạt động nhận được sự hưởng ứng tích cực của người dân'])}...`;
    lines.push(...formatItem(profile, head, day, teaser));
  }
  return lines;
}

function formatItem(profile: SiteProfile, head: string, day: Ymd, teaser: string): string[] {
  const date =
    profile.sidebarWeekday || profile.sidebarTeasers
      ? `${weekdayName(day)}, ${ddmmyyyy(day)}`
      : ddmmyyyy(day);
  if (profile.sidebarTeasers) return [head, `(${date}) ${teaser}`];
  return [`${profile.sidebarBullet}${head} (${date})`];
}
