/**
 * Steering committees ("Ban Chỉ đạo …") and what their meetings report: the figures they state,
 * their typical shortcomings and the tasks their chair assigns. Templates see the same variables
 * as phrases.ts; at province level $u is `tỉnh`, $C is `Tỉnh ủy` and $xa `huyện, thị xã, thành phố`.
 */
import type { Ctx } from './ctx.ts';
import { type Emitter, investmentSentence, ntmSentence, povertySentence } from './facts.ts';
import { fmtDec, fmtInt } from './format.ts';
import { periodMonths } from './periods.ts';

/** Which official heads the committee: Phó Bí thư Thường trực or Chủ tịch UBND. */
export type ChairRole = 'pbt' | 'ct';

export interface Topic {
  id: string;
  /** `Ban Chỉ đạo 35`: followed by the place in the organisation name. */
  name: string;
  /** What the committee works on, for the lead sentence. */
  subject: string;
  chairRole: ChairRole;
  /** The standing body, named in the tasks. */
  standing: string;
  /** Earliest year the committee existed under this name. */
  since: number;
  results: Emitter[];
  fillers: string[];
  limitations: string[];
  tasks: string[];
}

function v(ctx: Ctx, i: number, value: string): void {
  ctx.vars[`v${i}`] = value;
}

function scale(ctx: Ctx): number {
  return ctx.unit === 'tỉnh' ? 8 : 1;
}

const t35: Topic = {
  id: '35',
  name: 'Ban Chỉ đạo 35',
  subject: 'công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch',
  chairRole: 'pbt',
  standing: 'Ban Tuyên giáo $C - cơ quan thường trực của Ban Chỉ đạo',
  since: 2019,
  results: [
    (ctx) => {
      const s = scale(ctx) * (periodMonths(ctx.period) / 6);
      const found = Math.round(ctx.rng.int(40, 200) * s);
      v(ctx, 0, ctx.fact('tin, bài xấu độc được phát hiện', fmtInt(found)));
      v(ctx, 1, ctx.fact('tin, bài đề nghị gỡ bỏ', fmtInt(Math.round(found * ctx.rng.float(0.2, 0.45)))));
      return ctx.t(
        'Các cơ quan chức năng đã phát hiện $v0 tin, bài, video clip có nội dung xấu, độc; phối hợp đề nghị gỡ bỏ $v1 tin, bài và tài khoản vi phạm.',
      );
    },
    (ctx) => {
      v(
        ctx,
        0,
        ctx.fact('thành viên Lực lượng 35', fmtInt(ctx.rng.int(25, 90) * (ctx.unit === 'tỉnh' ? 3 : 1))),
      );
      v(ctx, 1, ctx.fact('tin, bài tích cực được đăng tải', fmtInt(ctx.rng.int(600, 9900))));
      return ctx.t(
        'Lực lượng 35 {cấp $u|của $u} với $v0 thành viên đã đăng tải, chia sẻ $v1 tin, bài, bình luận tích cực, phản bác các luận điệu sai trái.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('tác phẩm dự thi chính luận', fmtInt(ctx.rng.int(40, 1600))));
      return ctx.t(
        'Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng {trên địa bàn $u|năm $y} thu hút $v0 tác phẩm tham gia.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('văn bản chỉ đạo của Ban Chỉ đạo', fmtInt(ctx.rng.int(4, 26))));
      return ctx.t(
        '$Ps, $org đã ban hành $v0 văn bản chỉ đạo, hướng dẫn{; chỉ đạo các cơ quan thành viên chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân|}.',
      );
    },
  ],
  fillers: [
    'Các cơ quan thành viên đã chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân, nhất là ở vùng đồng bào dân tộc thiểu số.',
    'Các trang fanpage, nhóm Zalo do các cơ quan, đơn vị quản lý tiếp tục phát huy hiệu quả trong việc lan tỏa thông tin tích cực.',
    'Công tác bảo vệ nền tảng tư tưởng của Đảng được gắn với tuyên truyền các sự kiện chính trị quan trọng của đất nước, của địa phương.',
    'Việc quản lý, định hướng thông tin trên không gian mạng được tăng cường, kịp thời xử lý các thông tin sai sự thật.',
  ],
  limitations: [
    'Ban Chỉ đạo 35 ở một số $xa chưa kiện toàn kịp thời khi có thay đổi về nhân sự',
    'chất lượng một số bài viết phản bác chưa cao, tính thuyết phục chưa lớn',
    'việc nắm bắt tình hình tư tưởng trên không gian mạng ở cơ sở có nơi còn lúng túng',
    'một số thành viên Lực lượng 35 chưa thường xuyên tham gia đấu tranh trên mạng xã hội',
  ],
  tasks: [
    '$standing tham mưu tổ chức tổng kết, trao giải Cuộc thi viết chính luận trước ngày $dl1',
    'Ban Chỉ đạo 35 các $xa hoàn thành việc kiện toàn trước ngày $dl2',
    'Công an $u chủ trì, phối hợp xử lý nghiêm các đối tượng lợi dụng mạng xã hội đăng tải thông tin sai sự thật, xuyên tạc',
    'các cơ quan thành viên tiếp tục nâng cao chất lượng hoạt động của Lực lượng 35',
  ],
};

const tCds: Topic = {
  id: 'cds',
  name: 'Ban Chỉ đạo Chuyển đổi số',
  subject: 'công tác chuyển đổi số',
  chairRole: 'ct',
  standing: '{Sở|Phòng} Thông tin và Truyền thông - cơ quan thường trực Ban Chỉ đạo',
  since: 2021,
  results: [
    (ctx) => {
      v(ctx, 0, ctx.fact('tỷ lệ văn bản điện tử (%)', fmtDec(ctx.rng.float(88, 99.6), 1)));
      return ctx.t(
        'Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt $v0%{; 100% cơ quan sử dụng chữ ký số chuyên dùng|}.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('tỷ lệ hồ sơ trực tuyến toàn trình (%)', fmtDec(ctx.rng.float(18, 64), 1)));
      return ctx.t(
        'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt $v0%{, tăng so với cùng kỳ|}.',
      );
    },
    (ctx) => {
      const teams = ctx.rng.int(9, 40) * (ctx.unit === 'tỉnh' ? 8 : 1);
      v(ctx, 0, ctx.fact('tổ công nghệ số cộng đồng', fmtInt(teams)));
      v(ctx, 1, ctx.fact('thành viên tổ công nghệ số cộng đồng', fmtInt(teams * ctx.rng.int(5, 9))));
      return ctx.t(
        'Toàn $u đã thành lập $v0 tổ công nghệ số cộng đồng với $v1 thành viên, hỗ trợ người dân cài đặt, sử dụng các ứng dụng dịch vụ công, thanh toán không dùng tiền mặt.',
      );
    },
    (ctx) => {
      if (ctx.period.year < 2022) return null;
      v(
        ctx,
        0,
        ctx.fact(
          'tài khoản định danh điện tử',
          fmtInt(ctx.rng.int(80, 900) * 100 * (ctx.unit === 'tỉnh' ? 6 : 1)),
        ),
      );
      return ctx.t('Công an $u đã tiếp nhận hồ sơ, kích hoạt $v0 tài khoản định danh điện tử cho người dân.');
    },
  ],
  fillers: [
    'Hạ tầng số tiếp tục được đầu tư, mạng di động 4G đã phủ sóng đến hầu hết các thôn, tổ dân phố.',
    'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được triển khai ở các cấp.',
    'Các nền tảng số phục vụ chính quyền, doanh nghiệp và người dân từng bước được đưa vào sử dụng hiệu quả.',
    'Công tác tuyên truyền nâng cao nhận thức về chuyển đổi số được đẩy mạnh với nhiều hình thức phong phú.',
  ],
  limitations: [
    'việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm',
    'một số cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ',
    'nguồn nhân lực chuyên trách về công nghệ thông tin ở cấp huyện, cấp xã còn thiếu',
    'tỷ lệ người dân sử dụng dịch vụ công trực tuyến còn thấp',
  ],
  tasks: [
    '$standing khẩn trương tham mưu kế hoạch tổ chức Ngày Chuyển đổi số năm $y, hoàn thành trước ngày $dl1',
    'các cơ quan, đơn vị hoàn thành kết nối cơ sở dữ liệu chuyên ngành trước ngày $dl2',
    'Công an $u đẩy nhanh tiến độ cấp tài khoản định danh điện tử',
    'các $xa số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực',
  ],
};

const tMtqg: Topic = {
  id: 'mtqg',
  name: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia',
  subject: 'tình hình thực hiện các chương trình mục tiêu quốc gia',
  chairRole: 'ct',
  standing: 'Phòng Nông nghiệp và Phát triển nông thôn - cơ quan thường trực',
  since: 2022,
  results: [
    (ctx) => {
      const cap = ctx.rng.float(20, 140) * (ctx.unit === 'tỉnh' ? 9 : 1);
      v(ctx, 0, ctx.fact('vốn các chương trình mục tiêu quốc gia (tỷ đồng)', fmtDec(cap, 1)));
      v(ctx, 1, ctx.fact('giải ngân vốn các chương trình (%)', fmtDec(ctx.rng.float(22, 88), 1)));
      return ctx.t(
        'Tổng nguồn vốn thực hiện 3 chương trình mục tiêu quốc gia (xây dựng nông thôn mới, giảm nghèo bền vững, phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số) trên địa bàn $u là $v0 tỷ đồng, đến nay đã giải ngân đạt $v1%.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('nhà cho hộ nghèo', fmtInt(ctx.rng.int(12, 160) * (ctx.unit === 'tỉnh' ? 7 : 1))));
      v(ctx, 1, ctx.fact('hộ được hỗ trợ sinh kế', fmtInt(ctx.rng.int(80, 900))));
      return ctx.t(
        'Từ nguồn vốn các chương trình, $u đã hỗ trợ xây dựng $v0 căn nhà cho hộ nghèo, hộ cận nghèo; hỗ trợ {con giống|bò giống|cây giống} và các mô hình sinh kế cho $v1 hộ.',
      );
    },
    povertySentence,
    ntmSentence,
    investmentSentence,
  ],
  fillers: [
    'Các mô hình sinh kế bước đầu phát huy hiệu quả, giúp nhiều hộ dân có thêm thu nhập, vươn lên thoát nghèo.',
    'Công tác rà soát hộ nghèo, hộ cận nghèo được thực hiện công khai, dân chủ, đúng quy trình.',
    'Hạ tầng giao thông, thủy lợi, trường học ở các xã đặc biệt khó khăn tiếp tục được đầu tư từ nguồn vốn các chương trình.',
  ],
  limitations: [
    'tiến độ giải ngân vốn sự nghiệp còn chậm',
    'một số văn bản hướng dẫn của cấp trên ban hành chưa kịp thời',
    'năng lực tham mưu của cán bộ cấp xã còn hạn chế',
    'một số mô hình sinh kế chưa phát huy hiệu quả, tính bền vững chưa cao',
  ],
  tasks: [
    'các cơ quan, đơn vị tập trung tháo gỡ khó khăn, phấn đấu giải ngân 100% vốn các chương trình mục tiêu quốc gia năm $y trước ngày $dl2',
    '$standing hướng dẫn các xã hoàn thiện hồ sơ nông thôn mới nâng cao trước ngày $dl1',
    'Phòng Lao động - Thương binh và Xã hội phối hợp rà soát, đánh giá hiệu quả các mô hình sinh kế',
    'phấn đấu giảm tỷ lệ hộ nghèo theo đúng chỉ tiêu nghị quyết đề ra',
  ],
};

const tDanChu: Topic = {
  id: 'danchu',
  name: 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở',
  subject: 'công tác thực hiện dân chủ ở cơ sở',
  chairRole: 'pbt',
  standing: 'Ban Dân vận $C - cơ quan thường trực của Ban Chỉ đạo',
  since: 2019,
  results: [
    (ctx) => {
      const n = ctx.rng.int(4, 30);
      v(ctx, 0, ctx.fact('hội nghị tuyên truyền về dân chủ ở cơ sở', fmtInt(n)));
      v(ctx, 1, ctx.fact('lượt người dự tuyên truyền', fmtInt(n * ctx.rng.int(90, 260))));
      return ctx.t(
        '$org đã tổ chức $v0 hội nghị tuyên truyền, phổ biến {Luật Thực hiện dân chủ ở cơ sở|các quy định về thực hiện dân chủ ở cơ sở} với trên $v1 lượt cán bộ, đảng viên và nhân dân tham gia.',
      );
    },
    (ctx) => {
      const n = ctx.rng.int(20, 220);
      const total = ctx.rng.int(60, 520);
      v(ctx, 0, ctx.fact('cuộc tiếp xúc, đối thoại', fmtInt(n)));
      v(ctx, 1, fmtInt(Math.round(total * ctx.rng.float(0.82, 0.99))));
      v(ctx, 2, fmtInt(total));
      ctx.fact('kiến nghị được giải quyết', `${ctx.vars.v1}/${ctx.vars.v2}`);
      return ctx.t(
        'Người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức $v0 cuộc tiếp xúc, đối thoại trực tiếp với nhân dân; các cơ quan chức năng giải quyết $v1/$v2 kiến nghị của người dân.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('mô hình Dân vận khéo', fmtInt(ctx.rng.int(15, 140))));
      return ctx.t(
        'Phong trào thi đua "Dân vận khéo" được đẩy mạnh, có $v0 mô hình, điển hình được công nhận.',
      );
    },
  ],
  fillers: [
    'Việc thực hiện dân chủ ở cơ sở trên địa bàn có nhiều chuyển biến tích cực, quyền làm chủ của nhân dân được phát huy.',
    'Các $xa đã xây dựng, ban hành quy chế thực hiện dân chủ theo quy định; việc công khai các nội dung để nhân dân biết, bàn, làm, kiểm tra được thực hiện nghiêm túc.',
    'Hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được duy trì.',
  ],
  limitations: [
    'việc tổ chức đối thoại ở một số nơi còn hình thức',
    'một số kiến nghị của người dân chưa được giải quyết dứt điểm',
    'hoạt động của Ban Thanh tra nhân dân ở một số xã hiệu quả chưa cao',
  ],
  tasks: [
    'nâng cao chất lượng tiếp xúc, đối thoại giữa người đứng đầu với nhân dân; kịp thời giải quyết các kiến nghị chính đáng của người dân',
    '$standing theo dõi, đôn đốc việc kiện toàn ban chỉ đạo ở các $xa trước ngày $dl1',
    'tiếp tục tuyên truyền sâu rộng Luật Thực hiện dân chủ ở cơ sở',
  ],
};

const t389: Topic = {
  id: '389',
  name: 'Ban Chỉ đạo 389',
  subject: 'công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả',
  chairRole: 'ct',
  standing: 'Cơ quan thường trực Ban Chỉ đạo 389',
  since: 2019,
  results: [
    (ctx) => {
      const n = Math.round(ctx.rng.int(12, 140) * scale(ctx) * (periodMonths(ctx.period) / 6));
      v(ctx, 0, ctx.fact('vụ vi phạm buôn lậu, gian lận thương mại', fmtInt(n)));
      v(ctx, 1, ctx.fact('tiền xử phạt nộp ngân sách (tỷ đồng)', fmtDec(n * ctx.rng.float(0.01, 0.09), 2)));
      return ctx.t(
        'Các lực lượng chức năng đã phát hiện, xử lý $v0 vụ vi phạm về buôn lậu, gian lận thương mại và hàng giả; thu nộp ngân sách nhà nước $v1 tỷ đồng.',
      );
    },
    (ctx) => {
      v(ctx, 0, ctx.fact('cuộc kiểm tra liên ngành', fmtInt(ctx.rng.int(6, 60))));
      return ctx.t(
        '{Đoàn kiểm tra liên ngành|Các lực lượng chức năng} đã tổ chức $v0 cuộc kiểm tra tại các cơ sở kinh doanh {xăng dầu, thực phẩm, phân bón|hàng hóa trên địa bàn}.',
      );
    },
  ],
  fillers: [
    'Tình hình buôn lậu, gian lận thương mại qua tuyến biên giới, trên không gian mạng còn diễn biến phức tạp.',
    'Công tác phối hợp giữa các lực lượng quản lý thị trường, công an, hải quan, biên phòng được tăng cường.',
    'Công tác tuyên truyền, vận động doanh nghiệp, hộ kinh doanh ký cam kết không kinh doanh hàng lậu, hàng giả được đẩy mạnh.',
  ],
  limitations: [
    'việc kiểm soát hoạt động kinh doanh trên môi trường thương mại điện tử còn khó khăn',
    'lực lượng chức năng ở một số địa bàn còn mỏng',
  ],
  tasks: [
    'tăng cường kiểm tra, kiểm soát thị trường dịp cuối năm, trước, trong và sau Tết Nguyên đán',
    '$standing tổng hợp kết quả, báo cáo Ban Chỉ đạo trước ngày $dl1',
    'xử lý nghiêm các hành vi buôn lậu, gian lận thương mại, sản xuất và kinh doanh hàng giả',
  ],
};

const t138: Topic = {
  id: '138',
  name: 'Ban Chỉ đạo 138',
  subject: 'công tác phòng, chống tội phạm, tệ nạn xã hội và phong trào toàn dân bảo vệ an ninh Tổ quốc',
  chairRole: 'ct',
  standing: 'Công an $u - cơ quan thường trực Ban Chỉ đạo',
  since: 2019,
  results: [
    (ctx) => {
      const n = Math.round(ctx.rng.int(8, 70) * scale(ctx) * (periodMonths(ctx.period) / 6));
      v(ctx, 0, ctx.fact('vụ phạm pháp hình sự', fmtInt(n)));
      v(ctx, 1, ctx.fact('tỷ lệ điều tra khám phá (%)', fmtDec(ctx.rng.float(78, 97), 1)));
      return ctx.t(
        'Trên địa bàn xảy ra $v0 vụ phạm pháp hình sự{, giảm so với cùng kỳ|}; tỷ lệ điều tra khám phá đạt $v1%.',
      );
    },
    (ctx) => {
      const n = ctx.rng.int(4, 60) * (ctx.unit === 'tỉnh' ? 6 : 1);
      v(ctx, 0, ctx.fact('vụ phạm tội về ma túy', fmtInt(n)));
      v(ctx, 1, ctx.fact('đối tượng ma túy bị bắt', fmtInt(Math.round(n * ctx.rng.float(1.1, 1.8)))));
      return ctx.t('Lực lượng công an đã phát hiện, bắt giữ $v0 vụ với $v1 đối tượng phạm tội về ma túy.');
    },
  ],
  fillers: [
    'Phong trào toàn dân bảo vệ an ninh Tổ quốc được phát động rộng khắp, nhiều mô hình tự quản về an ninh trật tự hoạt động hiệu quả.',
    'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở phát huy vai trò nòng cốt trong nắm tình hình, giải quyết các vụ việc ngay từ cơ sở.',
  ],
  limitations: [
    'tội phạm sử dụng công nghệ cao lừa đảo chiếm đoạt tài sản còn diễn biến phức tạp',
    'tình trạng thanh thiếu niên vi phạm pháp luật có chiều hướng gia tăng',
  ],
  tasks: [
    'mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự dịp cuối năm',
    '$standing tham mưu sơ kết các mô hình tự quản về an ninh trật tự trước ngày $dl1',
    'tăng cường tuyên truyền phương thức, thủ đoạn của tội phạm lừa đảo qua mạng',
  ],
};

/** Every steering-committee topic. */
export const TOPICS: readonly Topic[] = [t35, tCds, tMtqg, tDanChu, t389, t138];
