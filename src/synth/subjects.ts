/**
 * What meetings are about: the synthesiser's own catalogue of subjects (agriculture, budget revenue,
 * public investment, education, health insurance, digital government, land clearance, poverty,
 * tourism, rural roads, Party building, inspection), each with the figures a report states, its
 * typical shortcomings, tasks and decisions, and who presents its report. Written as general
 * templates; nothing here is taken from an evaluation set.
 *
 * Template variables are those of phrases.ts ($u unit, $C committee, $xa lower tier, $y year, $y1
 * next year, $yTask the year the tasks are for, $Pn next period).
 */
import type { Rng } from './rng.ts';

/** What kind of quantity a figure is: a stock, the change over the period, a goal, or a share. */
export type FigureKind = 'total' | 'new' | 'target' | 'rate';

/** Units figures are stated in. */
export type FigureUnit =
  | 'đảng viên'
  | 'hộ'
  | 'lượt'
  | 'tỷ đồng'
  | 'triệu đồng'
  | '%'
  | 'ha'
  | 'km'
  | 'trường'
  | 'tổ chức đảng';

/** One figure a subject's report states. */
export interface FigureSpec {
  /** What it measures, as a question names it: `hộ nghèo`, `vốn đầu tư công đã giải ngân`. */
  subject: string;
  /** The same in English, for English questions: `poor households`. */
  subjectEn: string;
  kind: FigureKind;
  unit: FigureUnit;
  /** Decimals written (0 for counts). */
  decimals: number;
  /** The value for a place of size `scale` (1 district … 8 province) over `months` months. */
  draw: (r: Rng, scale: number, months: number) => number;
  /** Sentences stating it: `$v` is the value as written. */
  say: string[];
}

/** A subject a meeting reviews. */
export interface Subject {
  id: string;
  /** The field, after `công tác` / `lĩnh vực`: `giảm nghèo bền vững`. */
  field: string;
  fieldEn: string;
  /** A standing body that meets about it, without the place: `Ban Chỉ đạo giảm nghèo bền vững`. */
  committee: string;
  committeeEn: string;
  /** The official who chairs that body: Chủ tịch / Phó Chủ tịch UBND, or Phó Bí thư. */
  chairRole: 'ct' | 'pct' | 'pbt';
  /** Titles of the official who presents the report (templates). */
  presenters: string[];
  figures: FigureSpec[];
  /** Shortcomings (clauses). */
  limitations: string[];
  /** Tasks for the next period (clauses). */
  tasks: string[];
  /** What a meeting may adopt (noun phrases). */
  decisions: string[];
  /** Sentences without numbers about the field. */
  notes: string[];
}

const count = (lo: number, hi: number) => (r: Rng, scale: number, months: number) =>
  Math.max(1, Math.round(r.int(lo, hi) * scale * (months / 12)));
const stock = (lo: number, hi: number) => (r: Rng, scale: number) => Math.round(r.int(lo, hi) * scale);
const share = (lo: number, hi: number) => (r: Rng) => r.float(lo, hi);
const money = (lo: number, hi: number) => (r: Rng, scale: number, months: number) =>
  r.float(lo, hi) * scale * (months / 12);

export const SUBJECTS: readonly Subject[] = [
  {
    id: 'nong-nghiep',
    field: 'sản xuất nông nghiệp',
    fieldEn: 'agricultural production',
    committee: 'Ban Chỉ đạo sản xuất nông nghiệp',
    committeeEn: 'Agricultural Production Steering Board',
    chairRole: 'pct',
    presenters: ['Trưởng phòng Nông nghiệp $u', 'Giám đốc Trung tâm Dịch vụ nông nghiệp $u'],
    figures: [
      {
        subject: 'diện tích gieo trồng',
        subjectEn: 'sown area',
        kind: 'total',
        unit: 'ha',
        decimals: 0,
        draw: stock(900, 9800),
        say: [
          'Tổng diện tích gieo trồng các loại cây hằng năm {toàn $u|trên địa bàn} đạt $v ha.',
          'Về trồng trọt, {cả $u|toàn $u} đã gieo trồng được $v ha cây hằng năm các loại.',
        ],
      },
      {
        subject: 'diện tích cây trồng chuyển đổi',
        subjectEn: 'converted crop area',
        kind: 'new',
        unit: 'ha',
        decimals: 0,
        draw: count(40, 620),
        say: [
          'Trong kỳ, các $xa chuyển đổi thêm $v ha đất trồng kém hiệu quả sang cây có giá trị cao hơn.',
          'Diện tích cây trồng được chuyển đổi mới trong kỳ là $v ha.',
        ],
      },
      {
        subject: 'kênh mương được kiên cố hóa',
        subjectEn: 'irrigation canals lined',
        kind: 'new',
        unit: 'km',
        decimals: 1,
        draw: (r, s, m) => r.float(1.5, 24) * s * (m / 12),
        say: ['Các địa phương đã kiên cố hóa thêm $v km kênh mương nội đồng.'],
      },
    ],
    limitations: [
      'khâu tiêu thụ nông sản còn phụ thuộc nhiều vào thương lái',
      'việc ứng dụng cơ giới hóa ở vùng đồi dốc gặp nhiều trở ngại',
      'một số diện tích bị bỏ hoang do thiếu lao động',
    ],
    tasks: [
      'theo dõi sát diễn biến thời tiết, bố trí lịch thời vụ hợp lý',
      'nhân rộng các chuỗi liên kết sản xuất gắn với bao tiêu sản phẩm',
      'rà soát, sửa chữa các công trình tưới tiêu trước mùa khô',
    ],
    decisions: ['Kế hoạch sản xuất vụ chính năm $y1', 'Phương án hỗ trợ giống cây trồng cho hộ sản xuất'],
    notes: [
      'Nhiều hộ đã mạnh dạn đưa giống mới có năng suất cao vào canh tác.',
      'Hệ thống tưới tiêu cơ bản đáp ứng nhu cầu sản xuất {trong kỳ|của bà con}.',
    ],
  },
  {
    id: 'ngan-sach',
    field: 'thu, chi ngân sách',
    fieldEn: 'budget revenue',
    committee: 'Tổ công tác chống thất thu ngân sách',
    committeeEn: 'Revenue Task Force',
    chairRole: 'pct',
    presenters: ['Trưởng phòng Tài chính - Kế hoạch $u', 'Chi cục trưởng Chi cục Thuế khu vực'],
    figures: [
      {
        subject: 'thu ngân sách',
        subjectEn: 'budget revenue',
        kind: 'total',
        unit: 'tỷ đồng',
        decimals: 1,
        draw: money(60, 640),
        say: [
          'Số thu ngân sách lũy kế {trong kỳ|đến thời điểm báo cáo} là $v tỷ đồng.',
          'Nguồn thu ngân sách {của $u|trên địa bàn} đạt tổng cộng $v tỷ đồng.',
        ],
      },
      {
        subject: 'tỷ lệ thu ngân sách so với dự toán',
        subjectEn: 'revenue as a share of the estimate',
        kind: 'rate',
        unit: '%',
        decimals: 1,
        draw: share(48, 118),
        say: [
          'So với dự toán được giao, số thu ngân sách mới đạt $v%.',
          'Tỷ lệ thu so với dự toán năm là $v%.',
        ],
      },
      {
        subject: 'dự toán thu ngân sách',
        subjectEn: 'revenue estimate',
        kind: 'target',
        unit: 'tỷ đồng',
        decimals: 0,
        draw: (r, s) => r.int(90, 900) * s,
        say: ['Chỉ tiêu thu ngân sách cả năm được giao là $v tỷ đồng.'],
      },
    ],
    limitations: [
      'nguồn thu từ tiền sử dụng đất thấp hơn nhiều so với dự kiến',
      'tình trạng nợ đọng thuế của một số doanh nghiệp kéo dài',
      'một số khoản thu phát sinh không ổn định',
    ],
    tasks: [
      'khai thác nguồn thu mới, chống thất thu đối với hoạt động kinh doanh trực tuyến',
      'đôn đốc thu hồi nợ thuế, công khai danh sách đơn vị chây ỳ',
      'tổ chức đấu giá quyền sử dụng đất các khu đã đủ điều kiện',
    ],
    decisions: ['Phương án điều hành ngân sách $Pn', 'Danh mục khu đất đấu giá năm $y1'],
    notes: [
      'Chi ngân sách cơ bản bảo đảm các nhiệm vụ thường xuyên và các khoản chi cho an sinh xã hội.',
      'Cơ quan thuế đã phối hợp với các $xa rà soát hộ kinh doanh để đưa vào quản lý.',
    ],
  },
  {
    id: 'dau-tu-cong',
    field: 'giải ngân vốn đầu tư công',
    fieldEn: 'public investment disbursement',
    committee: 'Tổ công tác đẩy nhanh giải ngân vốn đầu tư công',
    committeeEn: 'Public Investment Disbursement Task Force',
    chairRole: 'ct',
    presenters: ['Giám đốc Ban Quản lý dự án đầu tư xây dựng $u', 'Trưởng phòng Tài chính - Kế hoạch $u'],
    figures: [
      {
        subject: 'kế hoạch vốn đầu tư công',
        subjectEn: 'public investment plan',
        kind: 'total',
        unit: 'tỷ đồng',
        decimals: 1,
        draw: (r, s) => r.float(45, 420) * s,
        say: [
          'Tổng kế hoạch vốn đầu tư công năm $y {của $u|được giao} là $v tỷ đồng.',
          'Năm $y, $u được phân bổ $v tỷ đồng vốn đầu tư công.',
        ],
      },
      {
        subject: 'vốn đầu tư công đã giải ngân',
        subjectEn: 'public investment disbursed',
        kind: 'new',
        unit: 'tỷ đồng',
        decimals: 1,
        draw: (r, s, m) => r.float(20, 300) * s * (m / 12),
        say: [
          'Đến thời điểm báo cáo, các chủ đầu tư đã giải ngân $v tỷ đồng.',
          'Số vốn đã giải ngân trong kỳ đạt $v tỷ đồng.',
        ],
      },
      {
        subject: 'tỷ lệ giải ngân vốn đầu tư công',
        subjectEn: 'disbursement rate',
        kind: 'rate',
        unit: '%',
        decimals: 1,
        draw: share(21, 96),
        say: [
          'Tỷ lệ giải ngân so với kế hoạch vốn đạt $v%.',
          'Như vậy, tiến độ giải ngân mới đạt $v% kế hoạch.',
        ],
      },
    ],
    limitations: [
      'một số chủ đầu tư chưa quyết liệt, còn để vốn nằm chờ',
      'giá vật liệu xây dựng biến động làm chậm tiến độ thi công',
      'năng lực của một số nhà thầu chưa đáp ứng yêu cầu',
    ],
    tasks: [
      'xử lý dứt điểm vướng mắc của từng dự án, phân công lãnh đạo theo dõi trực tiếp',
      'điều chuyển vốn từ dự án chậm tiến độ sang dự án có khả năng giải ngân tốt',
      'nghiệm thu, thanh toán ngay khối lượng hoàn thành',
    ],
    decisions: ['Phương án điều chuyển kế hoạch vốn năm $y', 'Danh mục dự án khởi công mới năm $y1'],
    notes: [
      'Nhiều công trình chuyển tiếp đã hoàn thành, đưa vào sử dụng phát huy hiệu quả.',
      'Các dự án khởi công mới được chuẩn bị hồ sơ theo đúng trình tự.',
    ],
  },
  {
    id: 'giao-duc',
    field: 'giáo dục và đào tạo',
    fieldEn: 'education',
    committee: 'Hội đồng Giáo dục',
    committeeEn: 'Education Council',
    chairRole: 'pct',
    presenters: ['Trưởng phòng Giáo dục và Đào tạo $u'],
    figures: [
      {
        subject: 'trường đạt chuẩn quốc gia',
        subjectEn: 'nationally accredited schools',
        kind: 'total',
        unit: 'trường',
        decimals: 0,
        draw: stock(12, 64),
        say: [
          'Toàn $u hiện có $v trường đạt chuẩn quốc gia.',
          'Số trường học đạt chuẩn quốc gia trên địa bàn là $v trường.',
        ],
      },
      {
        subject: 'trường mới được công nhận đạt chuẩn',
        subjectEn: 'schools newly accredited',
        kind: 'new',
        unit: 'trường',
        decimals: 0,
        draw: (r) => r.int(2, 9),
        say: ['Trong kỳ có thêm $v trường được công nhận đạt chuẩn.'],
      },
      {
        subject: 'kinh phí học bổng cho học sinh',
        subjectEn: 'scholarships for pupils',
        kind: 'new',
        unit: 'triệu đồng',
        decimals: 0,
        draw: (r, s) => r.int(18, 95) * 10 * s,
        say: ['Quỹ khuyến học các cấp đã trao học bổng với tổng trị giá $v triệu đồng cho học sinh.'],
      },
    ],
    limitations: [
      'phòng học bộ môn ở nhiều trường còn thiếu thiết bị',
      'đội ngũ giáo viên một số môn học mới chưa đủ về số lượng',
      'tỷ lệ học sinh bỏ học ở vùng khó khăn chưa giảm rõ',
    ],
    tasks: [
      'bố trí đủ giáo viên cho năm học mới, ưu tiên các môn còn thiếu',
      'sửa chữa, bổ sung phòng học trước khai giảng',
      'duy trì sĩ số, vận động học sinh bỏ học trở lại lớp',
    ],
    decisions: [
      'Kế hoạch phát triển mạng lưới trường lớp giai đoạn $y - $y5',
      'Kế hoạch tuyển dụng giáo viên năm $y1',
    ],
    notes: [
      'Chất lượng dạy và học ở các cấp học có chuyển biến, nhiều học sinh đạt giải trong các kỳ thi.',
      'Công tác xã hội hóa giáo dục huy động được sự chung tay của nhiều doanh nghiệp.',
    ],
  },
  {
    id: 'bhyt',
    field: 'bảo hiểm y tế toàn dân',
    fieldEn: 'health insurance coverage',
    committee: 'Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế',
    committeeEn: 'Social and Health Insurance Steering Board',
    chairRole: 'pct',
    presenters: ['Giám đốc Bảo hiểm xã hội $u'],
    figures: [
      {
        subject: 'người tham gia bảo hiểm y tế',
        subjectEn: 'people with health insurance',
        kind: 'total',
        unit: 'lượt',
        decimals: 0,
        draw: stock(42_000, 168_000),
        say: [
          'Số người tham gia bảo hiểm y tế đến nay là $v lượt người.',
          'Toàn $u có $v lượt người có thẻ bảo hiểm y tế.',
        ],
      },
      {
        subject: 'tỷ lệ bao phủ bảo hiểm y tế',
        subjectEn: 'health insurance coverage rate',
        kind: 'rate',
        unit: '%',
        decimals: 1,
        draw: share(84, 99.3),
        say: [
          'Tỷ lệ bao phủ bảo hiểm y tế đạt $v% dân số.',
          'Độ bao phủ bảo hiểm y tế trên địa bàn đạt $v%.',
        ],
      },
      {
        subject: 'chỉ tiêu bao phủ bảo hiểm y tế',
        subjectEn: 'target for health insurance coverage',
        kind: 'target',
        unit: '%',
        decimals: 1,
        draw: share(92, 99.8),
        say: ['Mục tiêu đến cuối năm $yTask là nâng tỷ lệ bao phủ bảo hiểm y tế lên $v%.'],
      },
      {
        subject: 'lượt khám chữa bệnh bảo hiểm y tế',
        subjectEn: 'insured medical visits',
        kind: 'new',
        unit: 'lượt',
        decimals: 0,
        draw: count(18_000, 96_000),
        say: ['Các cơ sở y tế đã tiếp nhận $v lượt khám, chữa bệnh bằng thẻ bảo hiểm y tế.'],
      },
    ],
    limitations: [
      'số người tham gia bảo hiểm y tế theo hộ gia đình giảm so với cùng kỳ',
      'một số đơn vị sử dụng lao động còn chậm đóng bảo hiểm',
      'việc cấp thẻ cho người thuộc diện hỗ trợ đôi khi chưa kịp thời',
    ],
    tasks: [
      'vận động người dân tham gia bảo hiểm y tế theo hộ gia đình',
      'đối chiếu danh sách, cấp thẻ kịp thời cho các đối tượng chính sách',
      'kiểm tra việc đóng bảo hiểm tại các đơn vị sử dụng lao động',
    ],
    decisions: ['Kế hoạch phát triển người tham gia bảo hiểm y tế năm $y1'],
    notes: [
      'Quyền lợi khám, chữa bệnh của người có thẻ được bảo đảm đầy đủ.',
      'Việc tra cứu thẻ bằng căn cước công dân được áp dụng tại tất cả các cơ sở khám, chữa bệnh.',
    ],
  },
  {
    id: 'chinh-quyen-so',
    field: 'xây dựng chính quyền số',
    fieldEn: 'digital government',
    committee: 'Ban Chỉ đạo xây dựng chính quyền số',
    committeeEn: 'Digital Government Steering Board',
    chairRole: 'ct',
    presenters: ['Trưởng phòng Văn hóa - Thông tin $u', 'Chánh Văn phòng HĐND và UBND $u'],
    figures: [
      {
        subject: 'hồ sơ giải quyết trực tuyến',
        subjectEn: 'applications handled online',
        kind: 'new',
        unit: 'lượt',
        decimals: 0,
        draw: count(2_400, 38_000),
        say: [
          'Trong kỳ, bộ phận một cửa các cấp tiếp nhận $v lượt hồ sơ trực tuyến.',
          'Đã có $v lượt hồ sơ được nộp và giải quyết qua mạng.',
        ],
      },
      {
        subject: 'tỷ lệ thanh toán trực tuyến',
        subjectEn: 'online payment rate',
        kind: 'rate',
        unit: '%',
        decimals: 1,
        draw: share(12, 71),
        say: ['Tỷ lệ hồ sơ có thanh toán phí, lệ phí trực tuyến đạt $v%.'],
      },
      {
        subject: 'kinh phí đầu tư hạ tầng số',
        subjectEn: 'digital infrastructure spending',
        kind: 'total',
        unit: 'triệu đồng',
        decimals: 0,
        draw: (r, s) => r.int(40, 900) * 10 * s,
        say: ['Tổng kinh phí đầu tư cho hạ tầng số và phần mềm dùng chung là $v triệu đồng.'],
      },
    ],
    limitations: [
      'đường truyền ở một số thôn vùng sâu chưa ổn định',
      'kỹ năng số của một bộ phận cán bộ cấp xã còn hạn chế',
      'phần mềm chuyên ngành giữa các đơn vị chưa liên thông',
    ],
    tasks: [
      'hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại nhà',
      'bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã',
      'hoàn thiện kho dữ liệu dùng chung của $u',
    ],
    decisions: [
      'Kế hoạch xây dựng chính quyền số năm $y1',
      'Quy chế quản lý, vận hành kho dữ liệu dùng chung',
    ],
    notes: [
      'Hệ thống hội nghị truyền hình được kết nối đến tất cả các $xa.',
      'Văn bản chỉ đạo, điều hành được gửi nhận qua môi trường mạng.',
    ],
  },
  {
    id: 'gpmb',
    field: 'bồi thường, giải phóng mặt bằng',
    fieldEn: 'land clearance',
    committee: 'Hội đồng bồi thường, hỗ trợ và tái định cư',
    committeeEn: 'Land Clearance Council',
    chairRole: 'pct',
    presenters: ['Giám đốc Trung tâm Phát triển quỹ đất $u', 'Trưởng phòng Tài nguyên và Môi trường $u'],
    figures: [
      {
        subject: 'diện tích cần thu hồi',
        subjectEn: 'land to be acquired',
        kind: 'total',
        unit: 'ha',
        decimals: 1,
        draw: (r, s) => r.float(12, 260) * s,
        say: ['Tổng diện tích phải thu hồi để thực hiện các dự án là $v ha.'],
      },
      {
        subject: 'diện tích đã bàn giao mặt bằng',
        subjectEn: 'land handed over',
        kind: 'new',
        unit: 'ha',
        decimals: 1,
        draw: (r, s, m) => r.float(4, 120) * s * (m / 12),
        say: [
          'Trong kỳ, $u đã bàn giao $v ha mặt bằng cho các chủ đầu tư.',
          'Diện tích mặt bằng sạch đã bàn giao là $v ha.',
        ],
      },
      {
        subject: 'hộ bị ảnh hưởng',
        subjectEn: 'affected households',
        kind: 'total',
        unit: 'hộ',
        decimals: 0,
        draw: stock(60, 1400),
        say: ['Các dự án có $v hộ bị ảnh hưởng, trong đó nhiều hộ phải bố trí tái định cư.'],
      },
    ],
    limitations: [
      'một số hộ chưa đồng thuận với đơn giá bồi thường',
      'việc xác định nguồn gốc đất ở một số thửa còn kéo dài',
      'khu tái định cư chưa hoàn thiện hạ tầng',
    ],
    tasks: [
      'đối thoại trực tiếp với các hộ chưa đồng thuận',
      'hoàn thiện hạ tầng khu tái định cư để bố trí cho các hộ',
      'công khai phương án bồi thường tại nhà văn hóa các thôn',
    ],
    decisions: [
      'Phương án bồi thường, hỗ trợ và tái định cư đợt $n',
      'Bảng giá đất cụ thể áp dụng cho các dự án',
    ],
    notes: [
      'Tổ công tác đã đến từng hộ để giải thích chính sách bồi thường.',
      'Nhiều hộ đã tự nguyện bàn giao đất trước thời hạn.',
    ],
  },
  {
    id: 'giam-ngheo',
    field: 'giảm nghèo bền vững',
    fieldEn: 'poverty reduction',
    committee: 'Ban Chỉ đạo giảm nghèo bền vững',
    committeeEn: 'Poverty Reduction Steering Board',
    chairRole: 'pct',
    presenters: ['Trưởng phòng Lao động - Thương binh và Xã hội $u'],
    figures: [
      {
        subject: 'hộ nghèo',
        subjectEn: 'poor households',
        kind: 'total',
        unit: 'hộ',
        decimals: 0,
        draw: stock(180, 3900),
        say: [
          'Theo kết quả rà soát, toàn $u còn $v hộ nghèo.',
          'Số hộ nghèo hiện còn trên địa bàn là $v hộ.',
        ],
      },
      {
        subject: 'hộ thoát nghèo',
        subjectEn: 'households lifted out of poverty',
        kind: 'new',
        unit: 'hộ',
        decimals: 0,
        draw: count(60, 900),
        say: ['Trong kỳ có $v hộ thoát nghèo.', 'Đã có thêm $v hộ vươn lên thoát nghèo.'],
      },
      {
        subject: 'tỷ lệ hộ nghèo',
        subjectEn: 'poverty rate',
        kind: 'rate',
        unit: '%',
        decimals: 2,
        draw: share(0.9, 24),
        say: ['Tỷ lệ hộ nghèo còn $v%.', 'Tỷ lệ hộ nghèo {của $u|toàn $u} hiện ở mức $v%.'],
      },
      {
        subject: 'vốn vay ưu đãi cho hộ nghèo',
        subjectEn: 'preferential loans to poor households',
        kind: 'new',
        unit: 'tỷ đồng',
        decimals: 1,
        draw: money(6, 80),
        say: ['Ngân hàng Chính sách xã hội đã cho vay $v tỷ đồng vốn ưu đãi đối với hộ nghèo, hộ cận nghèo.'],
      },
    ],
    limitations: [
      'số hộ cận nghèo phát sinh mới còn nhiều',
      'một bộ phận người dân còn tư tưởng trông chờ vào hỗ trợ',
      'các mô hình sinh kế có quy mô nhỏ, thiếu liên kết',
    ],
    tasks: [
      'hỗ trợ sinh kế phù hợp với điều kiện từng hộ',
      'ưu tiên vốn vay cho hộ mới thoát nghèo để tránh tái nghèo',
      'rà soát hộ nghèo, hộ cận nghèo đúng quy trình, công khai',
    ],
    decisions: ['Kế hoạch giảm nghèo năm $y1', 'Danh sách hộ được hỗ trợ làm nhà ở năm $y1'],
    notes: [
      'Các chính sách hỗ trợ người nghèo về y tế, giáo dục, nhà ở được thực hiện đầy đủ.',
      'Nhiều doanh nghiệp, nhà hảo tâm đã chung tay hỗ trợ các hộ có hoàn cảnh khó khăn.',
    ],
  },
  {
    id: 'du-lich',
    field: 'phát triển du lịch',
    fieldEn: 'tourism',
    committee: 'Ban Chỉ đạo phát triển du lịch',
    committeeEn: 'Tourism Development Steering Board',
    chairRole: 'pct',
    presenters: ['Trưởng phòng Văn hóa - Thông tin $u', 'Giám đốc Trung tâm Văn hóa, Thể thao và Du lịch $u'],
    figures: [
      {
        subject: 'lượt khách du lịch',
        subjectEn: 'tourist arrivals',
        kind: 'new',
        unit: 'lượt',
        decimals: 0,
        draw: (r, s, m) => Math.round((r.int(20, 2400) * 100 * s * m) / 12),
        say: [
          'Lượng khách đến tham quan trong kỳ ước đạt $v lượt.',
          'Các điểm đến trên địa bàn đã đón $v lượt du khách.',
        ],
      },
      {
        subject: 'doanh thu du lịch',
        subjectEn: 'tourism revenue',
        kind: 'total',
        unit: 'tỷ đồng',
        decimals: 1,
        draw: money(8, 260),
        say: ['Tổng doanh thu từ hoạt động du lịch ước đạt $v tỷ đồng.'],
      },
      {
        subject: 'chỉ tiêu lượt khách du lịch',
        subjectEn: 'target for tourist arrivals',
        kind: 'target',
        unit: 'lượt',
        decimals: 0,
        draw: (r, s) => r.int(30, 3000) * 100 * s,
        say: ['Năm $yTask, ngành phấn đấu đón $v lượt khách.'],
      },
    ],
    limitations: [
      'sản phẩm du lịch còn đơn điệu, thiếu điểm nhấn',
      'cơ sở lưu trú đạt chuẩn còn ít',
      'công tác quảng bá chưa chuyên nghiệp',
    ],
    tasks: [
      'xây dựng sản phẩm du lịch đặc trưng gắn với văn hóa địa phương',
      'tập huấn kỹ năng phục vụ khách cho các hộ kinh doanh',
      'quảng bá điểm đến trên các nền tảng số',
    ],
    decisions: ['Chương trình kích cầu du lịch năm $y1', 'Kế hoạch tổ chức tuần văn hóa - du lịch năm $y1'],
    notes: [
      'Một số điểm đến mới được đưa vào khai thác, thu hút đông khách cuối tuần.',
      'Các hộ kinh doanh dịch vụ lưu trú tại nhà dân tăng so với cùng kỳ.',
    ],
  },
  {
    id: 'giao-thong',
    field: 'phát triển giao thông nông thôn',
    fieldEn: 'rural roads',
    committee: 'Ban Chỉ đạo phát triển giao thông nông thôn',
    committeeEn: 'Rural Roads Steering Board',
    chairRole: 'ct',
    presenters: ['Trưởng phòng Kinh tế - Hạ tầng $u', 'Trưởng phòng Quản lý đô thị $u'],
    figures: [
      {
        subject: 'đường giao thông nông thôn được cứng hóa',
        subjectEn: 'rural roads paved',
        kind: 'new',
        unit: 'km',
        decimals: 1,
        draw: (r, s, m) => r.float(3, 48) * s * (m / 12),
        say: [
          'Trong kỳ, các $xa đã bê tông hóa được $v km đường giao thông nông thôn.',
          'Chiều dài đường nông thôn được cứng hóa mới là $v km.',
        ],
      },
      {
        subject: 'tổng chiều dài đường giao thông nông thôn',
        subjectEn: 'total length of rural roads',
        kind: 'total',
        unit: 'km',
        decimals: 0,
        draw: stock(180, 1300),
        say: ['Mạng lưới đường giao thông nông thôn của $u có tổng chiều dài $v km.'],
      },
      {
        subject: 'vốn nhân dân đóng góp làm đường',
        subjectEn: 'residents’ contributions to roads',
        kind: 'new',
        unit: 'triệu đồng',
        decimals: 0,
        draw: (r, s, m) => Math.round(r.int(40, 700) * 10 * s * (m / 12)),
        say: ['Nhân dân đã đóng góp $v triệu đồng cùng nhiều ngày công để làm đường.'],
      },
    ],
    limitations: [
      'một số tuyến đường xuống cấp chưa được duy tu kịp thời',
      'việc huy động nguồn lực xã hội hóa làm đường chưa đồng đều',
      'tình trạng xe quá tải làm hư hỏng mặt đường vẫn xảy ra',
    ],
    tasks: [
      'duy tu, sửa chữa các tuyến đường hư hỏng trước mùa mưa',
      'kiểm soát tải trọng xe trên các tuyến đường thôn',
      'vận động nhân dân hiến đất mở rộng đường',
    ],
    decisions: [
      'Danh mục tuyến đường được hỗ trợ xi măng năm $y1',
      'Kế hoạch bảo trì đường giao thông nông thôn năm $y1',
    ],
    notes: [
      'Phong trào làm đường theo phương châm nhà nước và nhân dân cùng làm được hưởng ứng rộng rãi.',
      'Hệ thống biển báo trên các tuyến đường mới được lắp đặt đầy đủ.',
    ],
  },
  {
    id: 'xay-dung-dang',
    field: 'xây dựng Đảng',
    fieldEn: 'Party building',
    committee: 'Ban Tổ chức',
    committeeEn: 'Organisation Board',
    chairRole: 'pbt',
    presenters: ['Trưởng Ban Tổ chức $C', 'Chánh Văn phòng $C'],
    figures: [
      {
        subject: 'đảng viên',
        subjectEn: 'Party members',
        kind: 'total',
        unit: 'đảng viên',
        decimals: 0,
        draw: stock(1400, 9800),
        say: [
          'Tính đến cuối kỳ, $db có $v đảng viên.',
          'Hiện toàn Đảng bộ có $v đảng viên{ sinh hoạt ở các chi, đảng bộ cơ sở|}.',
          'Tổng số đảng viên của $db là $v đồng chí.',
        ],
      },
      {
        subject: 'đảng viên mới kết nạp',
        subjectEn: 'new Party members admitted',
        kind: 'new',
        unit: 'đảng viên',
        decimals: 0,
        draw: count(40, 260),
        say: [
          'Trong kỳ, toàn Đảng bộ kết nạp mới $v đảng viên.',
          'Công tác phát triển đảng viên đạt kết quả khá, kết nạp được $v đảng viên mới.',
          'Đã có $v quần chúng ưu tú được đứng vào hàng ngũ của Đảng trong kỳ.',
        ],
      },
      {
        subject: 'chỉ tiêu kết nạp đảng viên',
        subjectEn: 'target for admitting Party members',
        kind: 'target',
        unit: 'đảng viên',
        decimals: 0,
        draw: (r, s) => r.int(8, 52) * 5 * s,
        say: [
          'Chỉ tiêu kết nạp đảng viên cả năm $y là $v đảng viên.',
          'Năm $yTask, $db phấn đấu kết nạp $v đảng viên.',
        ],
      },
      {
        subject: 'tổ chức cơ sở đảng',
        subjectEn: 'grassroots Party organisations',
        kind: 'total',
        unit: 'tổ chức đảng',
        decimals: 0,
        draw: stock(24, 96),
        say: ['$db hiện có $v tổ chức cơ sở đảng.'],
      },
    ],
    limitations: [
      'việc tạo nguồn kết nạp đảng viên ở khu vực tư nhân gặp khó khăn',
      'nội dung sinh hoạt ở một số chi bộ còn nặng tính thủ tục',
      'một số cấp ủy viên chưa thường xuyên dự sinh hoạt với chi bộ được phân công',
    ],
    tasks: [
      'tạo nguồn kết nạp đảng viên trong đoàn viên thanh niên, người lao động',
      'nâng cao chất lượng sinh hoạt chi bộ theo chuyên đề',
      'chuẩn bị các điều kiện cho việc đánh giá, xếp loại tổ chức đảng cuối năm',
    ],
    decisions: [
      'Chương trình công tác $Pn của Ban Thường vụ $C',
      'Quy chế làm việc của Ban Chấp hành Đảng bộ $u (sửa đổi)',
    ],
    notes: [
      'Các chi bộ duy trì sinh hoạt định kỳ đúng quy định.',
      'Đội ngũ cấp ủy viên được phân công theo dõi từng cơ sở.',
    ],
  },
  {
    id: 'kiem-tra',
    field: 'kiểm tra, giám sát',
    fieldEn: 'inspection',
    committee: 'Ủy ban Kiểm tra',
    committeeEn: 'Inspection Commission',
    chairRole: 'pbt',
    presenters: ['Chủ nhiệm Ủy ban Kiểm tra $C'],
    figures: [
      {
        subject: 'tổ chức đảng được kiểm tra',
        subjectEn: 'Party organisations inspected',
        kind: 'new',
        unit: 'tổ chức đảng',
        decimals: 0,
        draw: count(6, 40),
        say: ['Ủy ban kiểm tra các cấp đã tiến hành kiểm tra $v tổ chức đảng.'],
      },
      {
        subject: 'đảng viên bị kỷ luật',
        subjectEn: 'Party members disciplined',
        kind: 'new',
        unit: 'đảng viên',
        decimals: 0,
        draw: count(3, 28),
        say: [
          'Trong kỳ, các cấp đã xử lý kỷ luật $v đảng viên vi phạm.',
          'Có $v đảng viên bị thi hành kỷ luật.',
        ],
      },
      {
        subject: 'tiền kiến nghị thu hồi',
        subjectEn: 'money recovery recommended',
        kind: 'new',
        unit: 'triệu đồng',
        decimals: 0,
        draw: (r, s, m) => Math.round(r.int(20, 900) * s * (m / 12)) * 10,
        say: ['Qua kiểm tra, đã kiến nghị thu hồi $v triệu đồng.'],
      },
    ],
    limitations: [
      'việc giám sát thường xuyên ở một số cấp ủy cơ sở còn hình thức',
      'chất lượng báo cáo tự kiểm tra của một số chi bộ chưa cao',
    ],
    tasks: [
      'giám sát việc kê khai tài sản, thu nhập theo kế hoạch',
      'kiểm tra đảng viên khi có dấu hiệu vi phạm, xử lý nghiêm các sai phạm',
    ],
    decisions: ['Kế hoạch kiểm tra, giám sát năm $y1 của Ban Chấp hành Đảng bộ $u'],
    notes: ['Công tác kiểm tra, giám sát được tiến hành theo chương trình đã đề ra.'],
  },
];

/** The Party's internal subjects, reviewed by Party committees rather than steering bodies. */
export const PARTY_SUBJECTS = new Set(['xay-dung-dang', 'kiem-tra']);

/** Subjects a steering body or the People's Committee meets about. */
export const THEMATIC: readonly Subject[] = SUBJECTS.filter((s) => !PARTY_SUBJECTS.has(s.id));

/** A subject by id; throws naming the id when there is none. */
export function subjectById(id: string): Subject {
  const s = SUBJECTS.find((x) => x.id === id);
  if (!s) throw new Error(`synth: no subject '${id}'; use one of ${SUBJECTS.map((x) => x.id).join(', ')}`);
  return s;
}
