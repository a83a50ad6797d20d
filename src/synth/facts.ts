/**
 * Sentences that state numbers. Each emitter draws its figures (deterministic per place and
 * period where two articles could state the same figure), records them as facts, and returns one
 * rendered sentence, or null when the topic does not fit the place.
 */
import type { Ctx } from './ctx.ts';
import { fmtDec, fmtInt } from './format.ts';
import { periodEndMonth, periodMonths } from './periods.ts';
import type { Rng } from './rng.ts';

export type Emitter = (ctx: Ctx) => string | null;

/** Question wording for fact labels: `$S` is the subject, `$P` the period text. */
export interface FactQuestion {
  /** Whose figure it is: the place (`Đảng bộ huyện X`, `huyện X`) or the organisation. */
  scope: 'party' | 'place' | 'org';
  templates: string[];
}

/** The labels questions are asked about, with how to ask. Other labels are stated but not asked. */
export const FACT_QUESTIONS: Record<string, FactQuestion> = {
  'đảng viên mới': {
    scope: 'party',
    templates: [
      '$S kết nạp bao nhiêu đảng viên mới {trong |}$P?',
      '{Trong |}$P, $S kết nạp được bao nhiêu đảng viên mới?',
      'Số đảng viên mới $S kết nạp {trong |}$P là bao nhiêu?',
    ],
  },
  'tổng số đảng viên': {
    scope: 'party',
    templates: [
      'Theo {báo cáo|hội nghị} $P, $S có {tổng cộng |}bao nhiêu đảng viên?',
      'Tính đến $P, $S có bao nhiêu đảng viên?',
    ],
  },
  'tổ chức cơ sở đảng': {
    scope: 'party',
    templates: ['$S có bao nhiêu tổ chức cơ sở đảng theo báo cáo $P?'],
  },
  'đảng viên bị kỷ luật': {
    scope: 'party',
    templates: ['{Trong |}$P, $S thi hành kỷ luật bao nhiêu đảng viên?'],
  },
  'thu ngân sách (tỷ đồng)': {
    scope: 'place',
    templates: [
      'Tổng thu ngân sách trên địa bàn $S {trong |}$P đạt bao nhiêu?',
      'Thu ngân sách $P của $S được bao nhiêu tỷ đồng?',
    ],
  },
  'ha rừng trồng mới': {
    scope: 'place',
    templates: ['$S trồng được bao nhiêu ha rừng {tập trung |}{trong |}$P?'],
  },
  'ha lúa gieo cấy': {
    scope: 'place',
    templates: ['{Trong |}$P, $S gieo cấy bao nhiêu ha lúa?'],
  },
  'tấn thủy sản': {
    scope: 'place',
    templates: ['Sản lượng thủy sản của $S {trong |}$P đạt bao nhiêu tấn?'],
  },
  'lượt khách du lịch': {
    scope: 'place',
    templates: ['$S đón bao nhiêu lượt khách {du lịch |}{trong |}$P?'],
  },
  'tỷ lệ hộ nghèo (%)': {
    scope: 'place',
    templates: ['Tỷ lệ hộ nghèo của $S theo báo cáo $P là bao nhiêu?'],
  },
  'xã đạt chuẩn nông thôn mới': {
    scope: 'place',
    templates: ['Theo báo cáo $P, $S có bao nhiêu xã đạt chuẩn nông thôn mới?'],
  },
  'nhà Đại đoàn kết': {
    scope: 'place',
    templates: ['{Trong |}$P, $S vận động xây dựng bao nhiêu nhà Đại đoàn kết?'],
  },
  'tin, bài xấu độc được phát hiện': {
    scope: 'org',
    templates: ['{Trong |}$P, $S phát hiện bao nhiêu tin, bài có nội dung xấu, độc?'],
  },
  'thành viên Lực lượng 35': {
    scope: 'org',
    templates: ['Lực lượng 35 của $S có bao nhiêu thành viên theo báo cáo $P?'],
  },
  'tổ công nghệ số cộng đồng': {
    scope: 'org',
    templates: ['Theo $S, đến $P đã thành lập bao nhiêu tổ công nghệ số cộng đồng?'],
  },
  'nhà cho hộ nghèo': {
    scope: 'org',
    templates: [
      '{Trong |}$P, từ nguồn vốn các chương trình, $S hỗ trợ xây dựng bao nhiêu căn nhà cho hộ nghèo?',
    ],
  },
  'cuộc tiếp xúc, đối thoại': {
    scope: 'org',
    templates: [
      'Theo $S, {trong |}$P người đứng đầu cấp ủy, chính quyền đã tổ chức bao nhiêu cuộc đối thoại với nhân dân?',
    ],
  },
  'vụ vi phạm buôn lậu, gian lận thương mại': {
    scope: 'org',
    templates: ['{Trong |}$P, $S phát hiện, xử lý bao nhiêu vụ buôn lậu, gian lận thương mại và hàng giả?'],
  },
  'vụ phạm pháp hình sự': {
    scope: 'org',
    templates: ['Theo $S, {trong |}$P xảy ra bao nhiêu vụ phạm pháp hình sự?'],
  },
};

// ---- figures -----------------------------------------------------------------------------------

/** Party membership of the place when the period ends; grows about 2% a year. */
export function partyTotal(ctx: Ctx): number {
  const base = partyBase(ctx);
  const years = (periodEndMonth(ctx.period) - 60) / 12;
  return Math.round(base * (1 + 0.02 * years));
}

function partyBase(ctx: Ctx): number {
  return ctx.placeConst('partyBase', (r) => {
    switch (ctx.unit) {
      case 'huyện':
        return r.int(1600, 9800);
      case 'thị xã':
        return r.int(1400, 4800);
      case 'thành phố':
        return r.int(3200, 12500);
      default:
        return r.int(38000, 145000);
    }
  });
}

function newMembers(ctx: Ctx): number {
  const base = partyBase(ctx);
  return ctx.stat('newMembers', (r) =>
    Math.max(6, Math.round(base * 0.031 * (periodMonths(ctx.period) / 12) * r.float(0.7, 1.35))),
  );
}

/** Annual budget revenue (tỷ đồng) for the place, by region and kind of unit. */
function annualBudget(ctx: Ctx): number {
  return ctx.placeConst('budget', (r) => {
    const byRegion: Record<string, [number, number]> = {
      mountain: [25, 120],
      delta: [140, 520],
      central: [60, 320],
      highlands: [70, 360],
      southeast: [280, 1800],
      mekong: [70, 330],
    };
    const [lo, hi] = byRegion[ctx.region] ?? [60, 300];
    const mult = ctx.unit === 'thành phố' ? 3 : ctx.unit === 'thị xã' ? 1.5 : 1;
    return r.float(lo, hi) * mult;
  });
}

// Provinces with a coastline; about half of their districts report sea fishing.
const COASTAL = new Set([
  'Quảng Ninh',
  'Thái Bình',
  'Nam Định',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Bình Thuận',
  'Bà Rịa - Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Kiên Giang',
]);

/** Whether the place has a coast (decides seafood topics), fixed per place. */
export function isCoastal(ctx: Ctx): boolean {
  if (!COASTAL.has(ctx.province)) return false;
  return ctx.placeConst('coastal', (r) => (r.chance(0.5) ? 1 : 0)) === 1;
}

function pct(x: number): string {
  return fmtDec(x, 1);
}

function val(ctx: Ctx, i: number, value: string): void {
  ctx.vars[`v${i}`] = value;
}

// ---- party-building emitters ---------------------------------------------------------------------

/** New members, optionally with plan share and total membership. */
export const newMembersSentence: Emitter = (ctx) => {
  const r = ctx.rng;
  const n = newMembers(ctx);
  val(ctx, 0, ctx.fact('đảng viên mới', fmtInt(n)));
  const plan = Math.max(10, Math.round((partyBase(ctx) * 0.031) / 5) * 5);
  const share = (n / plan) * 100;
  let extra = '';
  if (r.chance(0.55)) {
    val(ctx, 1, ctx.fact('kế hoạch kết nạp đảng viên (%)', pct(share)));
    extra += r.pick([', đạt $v1% kế hoạch năm', ', đạt $v1% chỉ tiêu', ', bằng $v1% kế hoạch']);
  }
  if (r.chance(0.6)) {
    val(ctx, 2, ctx.fact('tổng số đảng viên', fmtInt(partyTotal(ctx))));
    const tc = ctx.placeConst('tccsd', (q) => Math.round(partyBase(ctx) / q.int(70, 190)) + q.int(4, 14));
    if (r.chance(0.5)) {
      val(ctx, 3, ctx.fact('tổ chức cơ sở đảng', fmtInt(tc)));
      extra += r.pick([
        ', nâng tổng số đảng viên toàn Đảng bộ lên $v2 đồng chí, sinh hoạt tại $v3 tổ chức cơ sở đảng',
        '; hiện $db có $v2 đảng viên, sinh hoạt tại $v3 tổ chức cơ sở đảng',
      ]);
    } else {
      extra += r.pick([
        ', nâng tổng số đảng viên toàn Đảng bộ lên $v2 đồng chí',
        '; hiện $db có $v2 đảng viên',
        ', hiện Đảng bộ $u có $v2 đảng viên',
      ]);
    }
  }
  const head = r.pick([
    'Ban Tổ chức $C tham mưu thực hiện tốt công tác cán bộ, công tác phát triển đảng viên; $Ps toàn Đảng bộ kết nạp $v0 đảng viên mới',
    'Công tác phát triển đảng viên được quan tâm, $Ps các chi, đảng bộ cơ sở đã kết nạp được $v0 đảng viên',
    '$Ps, các tổ chức cơ sở đảng kết nạp $v0 đảng viên mới',
    '{Về công tác xây dựng Đảng|Về công tác phát triển đảng viên}, $Ps các chi, đảng bộ kết nạp $v0 đảng viên',
    'Về công tác phát triển đảng viên, $Ps toàn Đảng bộ đã kết nạp $v0 quần chúng ưu tú vào Đảng',
  ]);
  return `${ctx.t(head)}${ctx.x(extra)}.`;
};

/** Membership total alone (used where new members are not reported). */
export const partyTotalSentence: Emitter = (ctx) => {
  if (ctx.has('tổng số đảng viên')) return null;
  val(ctx, 0, ctx.fact('tổng số đảng viên', fmtInt(partyTotal(ctx))));
  return ctx.tp([
    '$db hiện có $v0 đảng viên{, sinh hoạt tại các chi, đảng bộ cơ sở|}.',
    'Đến nay, toàn Đảng bộ có $v0 đảng viên.',
  ]);
};

export const inspectionSentence: Emitter = (ctx) => {
  const r = ctx.rng;
  const m = periodMonths(ctx.period);
  val(ctx, 0, ctx.fact('tổ chức đảng được kiểm tra', fmtInt(Math.max(2, Math.round(r.int(2, 6) * (m / 3))))));
  val(ctx, 1, ctx.fact('đảng viên được kiểm tra', fmtInt(Math.max(3, Math.round(r.int(4, 14) * (m / 3))))));
  let tail = '';
  if (r.chance(0.55)) {
    val(ctx, 2, ctx.fact('tổ chức đảng được giám sát', fmtInt(r.int(3, 22))));
    tail += ', giám sát chuyên đề $v2 tổ chức đảng';
  }
  if (r.chance(0.6)) {
    val(ctx, 3, ctx.fact('đảng viên bị kỷ luật', fmtInt(r.int(1, 9))));
    tail += r.pick([
      '; thi hành kỷ luật $v3 đảng viên {vi phạm|bằng hình thức khiển trách, cảnh cáo}',
      '; đã xem xét, thi hành kỷ luật $v3 đảng viên vi phạm',
    ]);
  }
  const head = r.pick([
    'Ủy ban Kiểm tra $C đã {tham mưu |}kiểm tra $v0 tổ chức đảng và $v1 đảng viên{ khi có dấu hiệu vi phạm|}',
    'Cấp ủy và ủy ban kiểm tra các cấp đã kiểm tra $v0 tổ chức đảng, $v1 đảng viên',
    'Công tác kiểm tra, giám sát được duy trì thường xuyên; Ủy ban Kiểm tra $C tiến hành kiểm tra $v0 tổ chức đảng và $v1 đảng viên',
  ]);
  return `${ctx.t(head)}${ctx.x(tail)}.`;
};

export const propagandaSentence: Emitter = (ctx) => {
  const r = ctx.rng;
  const n = r.int(4, 38);
  val(ctx, 0, ctx.fact('hội nghị học tập, quán triệt', fmtInt(n)));
  val(ctx, 1, ctx.fact('lượt cán bộ, đảng viên học tập', fmtInt(n * r.int(60, 160))));
  return ctx.tp([
    'Ban Tuyên giáo $C tham mưu tổ chức $v0 hội nghị học tập, quán triệt, triển khai các nghị quyết, chỉ thị, kết luận của Trung ương, của tỉnh với $v1 lượt cán bộ, đảng viên tham gia{; thường xuyên nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân|}.',
    'Công tác tuyên truyền, học tập, quán triệt nghị quyết được triển khai nghiêm túc với $v0 hội nghị, thu hút $v1 lượt cán bộ, đảng viên tham gia.',
  ]);
};

export const danVanSentence: Emitter = (ctx) => {
  const r = ctx.rng;
  if (r.chance(0.6)) {
    val(ctx, 0, ctx.fact('mô hình Dân vận khéo', fmtInt(r.int(12, 96))));
    return ctx.t(
      'Ban Dân vận $C tham mưu đẩy mạnh phong trào thi đua "Dân vận khéo", toàn $u có $v0 mô hình, điển hình "Dân vận khéo" được công nhận{; phối hợp nắm tình hình nhân dân tại các $xa|}.',
    );
  }
  val(ctx, 0, ctx.fact('m2 đất hiến làm đường', fmtInt(r.int(18, 260) * 100)));
  return ctx.t(
    'Ban Dân vận $C phối hợp vận động nhân dân hiến {hơn |}$v0 m2 đất làm đường giao thông nông thôn.',
  );
};

export const officeSentence: Emitter = (ctx) => {
  val(ctx, 0, ctx.fact('văn bản chỉ đạo, điều hành', fmtInt(ctx.rng.int(18, 140))));
  return ctx.t(
    'Văn phòng $C tham mưu ban hành $v0 văn bản chỉ đạo, điều hành{; tổ chức tốt các hội nghị của Ban Chấp hành, Ban Thường vụ $C|; phục vụ chu đáo các hoạt động của Thường trực $C}.',
  );
};

export const trainingSentence: Emitter = (ctx) => {
  const r = ctx.rng;
  const classes = r.int(3, 16);
  val(ctx, 0, ctx.fact('lớp bồi dưỡng', fmtInt(classes)));
  val(ctx, 1, ctx.fact('học viên', fmtInt(classes * r.int(45, 110))));
  return ctx.tp([
    'Trung tâm Chính trị $u mở $v0 lớp bồi dưỡng với $v1 học viên.',
    'Trung tâm Chính trị $u phối hợp tổ chức $v0 lớp bồi dưỡng lý luận chính trị, nghiệp vụ công tác Đảng cho $v1 học viên.',
  ]);
};

export const frontSentence: Emitter = (ctx) => {
  val(ctx, 0, ctx.fact('nhà Đại đoàn kết', fmtInt(ctx.stat('houses', (r) => r.int(8, 140)))));
  return ctx.t(
    'Ủy ban MTTQ và các đoàn thể $u vận động xây dựng $v0 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn.',
  );
};

export const badgeSentence: Emitter = (ctx) => {
  val(ctx, 0, ctx.fact('đảng viên được trao Huy hiệu Đảng', fmtInt(ctx.rng.int(20, 420))));
  return ctx.t(
    'Ban Tổ chức $C tham mưu trao Huy hiệu Đảng cho $v0 đảng viên{ nhân dịp kỷ niệm Ngày thành lập Đảng|}.',
  );
};

export const cadreSentence: Emitter = (ctx) => {
  val(ctx, 0, ctx.fact('cán bộ được điều động, luân chuyển', fmtInt(ctx.rng.int(3, 28))));
  return ctx.t(
    'Công tác cán bộ được thực hiện đúng quy trình; thẩm định hồ sơ, đề xuất điều động, luân chuyển $v0 cán bộ.',
  );
};

/** Khối Đảng departments; the giao ban articles list several of them. */
export const PARTY_DEPARTMENTS: Emitter[] = [
  propagandaSentence,
  inspectionSentence,
  danVanSentence,
  officeSentence,
  trainingSentence,
  frontSentence,
  badgeSentence,
  cadreSentence,
];

// ---- economy emitters --------------------------------------------------------------------------------

export const budgetSentence: Emitter = (ctx) => {
  const annual = annualBudget(ctx);
  const m = periodMonths(ctx.period);
  const v = ctx.stat('budgetPeriod', (r) => annual * (m / 12) * r.float(0.8, 1.25));
  val(ctx, 0, ctx.fact('thu ngân sách (tỷ đồng)', fmtDec(v, 1)));
  let tail = '';
  if (ctx.rng.chance(0.6)) {
    val(ctx, 1, ctx.fact('thu ngân sách (% dự toán)', pct((v / annual) * 100)));
    tail = ctx.rng.pick([', bằng $v1% dự toán', ', đạt $v1% dự toán {tỉnh giao|năm}']);
  }
  const head = ctx.t(
    '{Tổng thu ngân sách nhà nước trên địa bàn|Tổng thu ngân sách trên địa bàn|Thu ngân sách trên địa bàn} {ước |}đạt $v0 tỷ đồng',
  );
  return `${head}${ctx.x(tail)}.`;
};

export const forestSentence: Emitter = (ctx) => {
  if (!['mountain', 'highlands', 'central'].includes(ctx.region) || ctx.unit === 'thành phố') return null;
  if (ctx.period.kind === 'Q' && ctx.period.q === 4) return null;
  const annual = ctx.placeConst('forest', (r) => r.int(250, 2600));
  const share = ctx.period.kind === 'Q' ? ctx.rng.float(0.25, 0.45) : ctx.period.kind === 'H1' ? 0.75 : 1;
  const v = ctx.stat('forestPeriod', (r) => Math.round(annual * share * r.float(0.85, 1.1)));
  val(ctx, 0, ctx.fact('ha rừng trồng mới', fmtInt(v)));
  return ctx.t('Toàn $u trồng được $v0 ha rừng tập trung{, vượt kế hoạch năm|, đạt kế hoạch đề ra|}.');
};

export const riceSentence: Emitter = (ctx) => {
  if (!['delta', 'mekong', 'central'].includes(ctx.region) || ctx.unit === 'thành phố') return null;
  const p = ctx.period;
  const season =
    p.kind === 'Q' && p.q === 1
      ? ctx.region === 'delta'
        ? 'lúa xuân'
        : 'lúa vụ Đông Xuân'
      : p.kind === 'Q' && p.q === 2
        ? 'lúa Hè Thu'
        : p.kind === 'H1'
          ? 'lúa Hè Thu'
          : p.kind === 'Y'
            ? 'lúa cả năm'
            : ctx.region === 'delta'
              ? 'lúa mùa'
              : 'lúa Thu Đông';
  const v = ctx.stat('rice', (r) => r.int(32, 300) * 50);
  val(ctx, 0, ctx.fact('ha lúa gieo cấy', fmtInt(v)));
  let tail = '';
  if (ctx.rng.chance(0.5)) {
    val(
      ctx,
      1,
      ctx.fact(
        'năng suất lúa (tạ/ha)',
        fmtDec(
          ctx.stat('riceYield', (r) => r.float(52, 72)),
          1,
        ),
      ),
    );
    tail = ', năng suất bình quân ước đạt $v1 tạ/ha';
  }
  ctx.vars.season = season;
  return `${ctx.t('{Toàn $u|Nông dân trong $u} {gieo cấy|xuống giống} $v0 ha $season')}${ctx.x(tail)}.`;
};

export const seafoodSentence: Emitter = (ctx) => {
  if (!isCoastal(ctx)) return null;
  const m = periodMonths(ctx.period);
  const v = ctx.stat('seafood', (r) => Math.round((r.int(9000, 82000) * m) / 12 / 10) * 10);
  val(ctx, 0, ctx.fact('tấn thủy sản', fmtInt(v)));
  return ctx.t('Sản lượng {khai thác|khai thác và nuôi trồng} thủy sản đạt $v0 tấn{, tăng so với cùng kỳ|}.');
};

export const tourismSentence: Emitter = (ctx) => {
  const m = periodMonths(ctx.period);
  const v = ctx.stat('tourists', (r) => Math.round((r.int(30, 5200) * 100 * m) / 12 / 100) * 100);
  val(ctx, 0, ctx.fact('lượt khách du lịch', fmtInt(v)));
  let tail = '';
  if (ctx.rng.chance(0.4)) {
    val(ctx, 1, ctx.fact('doanh thu du lịch (tỷ đồng)', fmtDec((v * ctx.rng.float(0.4, 1.6)) / 1000, 1)));
    tail = ', doanh thu ước đạt $v1 tỷ đồng';
  }
  return `${ctx.t('{Các điểm du lịch trên địa bàn|Toàn $u} đón {khoảng |trên |}$v0 lượt khách')}${ctx.x(tail)}.`;
};

export const povertySentence: Emitter = (ctx) => {
  const base = ctx.placeConst('poorBase', (r) =>
    ctx.region === 'mountain'
      ? r.float(9, 38)
      : ctx.region === 'highlands'
        ? r.float(5, 19)
        : r.float(0.8, 6.5),
  );
  const years = ctx.period.year - 2019;
  const v = Math.max(0.3, base * 0.86 ** years);
  val(ctx, 0, ctx.fact('tỷ lệ hộ nghèo (%)', fmtDec(v, 2)));
  return ctx.t('Tỷ lệ hộ nghèo {toàn $u|} giảm còn $v0%.');
};

export const investmentSentence: Emitter = (ctx) => {
  const p = ctx.period;
  const [lo, hi] =
    p.kind === 'Q'
      ? [8 + (p.q - 1) * 20, 25 + (p.q - 1) * 22]
      : p.kind === 'H1'
        ? [30, 56]
        : p.kind === '9M'
          ? [50, 82]
          : [86, 100];
  val(ctx, 0, ctx.fact('giải ngân vốn đầu tư công (%)', pct(ctx.stat('invest', (r) => r.float(lo, hi)))));
  return ctx.t('Giải ngân vốn đầu tư công đạt $v0% kế hoạch{ vốn giao|}.');
};

export const industrySentence: Emitter = (ctx) => {
  if (!['delta', 'southeast'].includes(ctx.region) && ctx.unit !== 'thành phố') return null;
  val(ctx, 0, ctx.fact('tăng trưởng công nghiệp (%)', pct(ctx.stat('industry', (r) => r.float(4, 18)))));
  return ctx.t('Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng $v0% so với cùng kỳ.');
};

const CROPS: Record<string, string[]> = {
  mountain: ['quế', 'chè', 'cây ăn quả', 'ngô', 'dược liệu'],
  highlands: ['cà phê', 'hồ tiêu', 'cao su', 'sầu riêng', 'mía'],
  southeast: ['cao su', 'điều', 'cây ăn trái', 'hồ tiêu'],
  mekong: ['cây ăn trái', 'tôm nuôi', 'dừa', 'mía'],
  central: ['keo', 'mía', 'sắn'],
  delta: ['rau màu', 'cây vụ đông'],
};

export const cropSentence: Emitter = (ctx) => {
  if (ctx.unit === 'thành phố') return null;
  const crops = CROPS[ctx.region] ?? ['rau màu'];
  const crop = crops[ctx.placeConst('crop', (r) => r.int(0, crops.length - 1))] as string;
  const v = ctx.stat('cropArea', (r) => r.int(30, 950) * 10);
  ctx.vars.crop = crop;
  val(ctx, 0, ctx.fact(`ha ${crop}`, fmtInt(v)));
  return ctx.t(
    crop === 'tôm nuôi'
      ? 'Diện tích nuôi tôm {nước lợ|} đạt $v0 ha{, trong đó nuôi tôm công nghệ cao chiếm tỷ lệ ngày càng lớn|}.'
      : 'Diện tích $crop toàn $u đạt $v0 ha{, sản phẩm được tiêu thụ ổn định|}.',
  );
};

export const ntmSentence: Emitter = (ctx) => {
  if (ctx.unit !== 'huyện') return null;
  const total = ctx.placeConst('communes', (r) => r.int(9, 32));
  const start = ctx.placeConst('ntmStart', (r) => r.int(1, Math.max(1, Math.floor(total / 2))));
  const years = Math.max(0, ctx.period.year - 2019);
  const n = Math.min(total, start + Math.floor(years * (total / 9)));
  ctx.vars.tot = fmtInt(total);
  val(ctx, 0, ctx.fact('xã đạt chuẩn nông thôn mới', fmtInt(n)));
  return ctx.t('{Toàn huyện|Đến nay, toàn huyện} có $v0/$tot xã đạt chuẩn nông thôn mới.');
};

export const jobsSentence: Emitter = (ctx) => {
  const m = periodMonths(ctx.period);
  val(
    ctx,
    0,
    ctx.fact('lao động được giải quyết việc làm', fmtInt(Math.round((ctx.rng.int(300, 3800) * m) / 12))),
  );
  return ctx.t(
    'Công tác giải quyết việc làm được quan tâm, {đã |}giải quyết việc làm cho $v0 lao động{, trong đó có nhiều lao động đi làm việc ở nước ngoài|}.',
  );
};

export const insuranceSentence: Emitter = (ctx) => {
  val(ctx, 0, ctx.fact('tỷ lệ bao phủ bảo hiểm y tế (%)', pct(ctx.stat('bhyt', (r) => r.float(86, 99.4)))));
  return ctx.t('Tỷ lệ người dân tham gia bảo hiểm y tế đạt $v0%.');
};

/** Economy emitters in rough order of how often reports mention them. */
export const ECONOMY: Emitter[] = [
  budgetSentence,
  forestSentence,
  riceSentence,
  seafoodSentence,
  cropSentence,
  tourismSentence,
  investmentSentence,
  industrySentence,
  povertySentence,
  ntmSentence,
  jobsSentence,
  insuranceSentence,
];

/** Runs one emitter unless it already ran in this article. */
export function emitOnce(ctx: Ctx, e: Emitter): string | null {
  if (ctx.used.has(e)) return null;
  ctx.used.add(e);
  return e(ctx);
}

/** Runs unused emitters in random order until `count` sentences are produced. */
export function emitSome(ctx: Ctx, emitters: readonly Emitter[], count: number, r: Rng = ctx.rng): string[] {
  const out: string[] = [];
  for (const e of r.shuffle(emitters)) {
    if (out.length >= count) break;
    if (ctx.used.has(e)) continue;
    ctx.used.add(e);
    const s = e(ctx);
    if (s) out.push(s);
  }
  return out;
}
