/**
 * Closed cue words of list and "what" questions, in one documented table (the query side of
 * `records/vocab.ts`): which nouns head an item list, which name the places a list of meetings is
 * grouped by, which phrases ask what a meeting was about, and which words of a "was it held"
 * question name the meeting rather than claim something about it.
 *
 * Every entry is a closed class of the domain (kinds of body, administrative levels, the report's
 * genre words); none names a topic, a place or a person, so a question about another province's
 * articles is read the same way.
 */

/**
 * Nouns that head a list of bodies ("những cơ quan nào", "các đơn vị nào", "which agencies"):
 * the items are the bodies a report names, read from an enumeration in its sentences. Closed: the
 * generic kinds of body of a Party or State report.
 */
export const BODY_HEADS = [
  'cơ quan',
  'đơn vị',
  'sở',
  'ngành',
  'sở, ngành',
  'ban',
  'ban, ngành',
  'tổ chức',
  'đảng bộ',
  'chi bộ',
  'đoàn thể',
  'địa phương',
];

/** English heads of a list of bodies. */
export const BODY_HEADS_EN = [
  'agencies',
  'agency',
  'bodies',
  'units',
  'departments',
  'organisations',
  'organizations',
  'committees',
  'party organisations',
  'party organizations',
];

/**
 * Administrative levels that head a list of places ("những xã nào", "huyện, thị xã nào", "which
 * communes"). Closed: the levels of the state (see `PLACE_LEVELS`).
 */
export const PLACE_HEADS_EN = [
  'provinces',
  'districts',
  'communes',
  'towns',
  'wards',
  'cities',
  'localities',
  'places',
];

/**
 * Heads of a body's proper name opening a sentence ("Ban Tuyên giáo đã tham mưu …", "Ủy ban Kiểm
 * tra - Thanh tra thị xã đã …", "Văn phòng thị xã …"): a list of bodies asked about a section
 * ("những cơ quan nào … được nêu kết quả") is the bodies whose own sentences the section holds. The
 * first heads need a capitalised name after them ("Ban Tuyên giáo", not "ban hành"); the second
 * stand alone. Closed: the institutional nouns of Party, State and Front bodies.
 */
export const BODY_NAME_HEADS = [
  'Ban',
  'Ủy ban',
  'Hội',
  'Đoàn',
  'Liên đoàn',
  'Trung tâm',
  'Mặt trận',
  'Sở',
  'Phòng',
  'Đảng ủy',
];
export const BODY_NAME_HEADS_ALONE = ['Văn phòng', 'MTTQ', 'UBND', 'HĐND', 'Công an'];

/** Words that ask for a report's results ("được nêu kết quả", "reported results"). Closed. */
export const RESULT_ASKED_CUES = ['kết quả', 'thành tích', 'results', 'result', 'achievements', 'achieved'];

/**
 * Activities a report counts in conferences it organised ("8 conferences to disseminate the Law",
 * "12 training sessions"): an English meeting noun qualified by one of them is a counted unit of a
 * figure the report states, not a meeting the articles report. Closed: the report's verbs of
 * dissemination, study, training and dialogue. Vietnamese needs no list: any word after the counted
 * noun that is no meeting kind, body or period qualifies it (answer/meetings.ts `statedCountAsked`).
 */
export const COUNTED_ACTIVITIES_EN = [
  'disseminate',
  'disseminating',
  'dissemination',
  'propagate',
  'propaganda',
  'study',
  'studying',
  'learn',
  'training',
  'train',
  'dialogue',
  'dialogues',
];

/**
 * Words of a list question that say the items were given work ("được giao", "assigned", "những xã
 * nào cần …", "which communes must …"): the report's tasks and directions hold them. Closed: the
 * verbs of assigning and the modals of obligation.
 */
export const ASSIGNED_CUES = [
  'được giao',
  'giao',
  'phân công',
  'phải',
  'cần',
  'assigned',
  'tasked',
  'given tasks',
  'must',
  'need to',
  'needs to',
  'have to',
  'has to',
];

/**
 * Verbs of holding a meeting in a list question ("những huyện nào tổ chức giao ban", "which
 * districts held"): the items are the meetings' places. Closed: the verbs of convening, and the
 * genre nouns of `MEETING_KINDS` the question may use as a verb.
 */
export const HOLDING_VERBS = [
  'tổ chức',
  'họp',
  'diễn ra',
  'giao ban',
  'sơ kết',
  'tổng kết',
  'làm việc',
  'held',
  'hold',
  'met',
  'meet',
  'convened',
  'reviewed',
];

/**
 * Phrases that ask what a meeting was about as a whole ("bàn về nội dung gì", "what was
 * discussed"): answered from the article's lead, the sentence that says what the meeting was for.
 * Closed: the question frames of the topic of a meeting.
 */
export const OPEN_WHAT_VI = [
  'nội dung gì',
  'nội dung nào',
  'những nội dung gì',
  'có nội dung',
  'bàn về',
  'bàn gì',
  'bàn những gì',
  'bàn những nội dung',
  'thảo luận về',
  'thảo luận gì',
  'thảo luận những gì',
  'về việc gì',
  'về vấn đề gì',
  'về những vấn đề gì',
  'chủ đề gì',
  'với chủ đề',
];

/** English frames of an open "what" about a meeting. */
export const OPEN_WHAT_EN = [
  'what was discussed',
  'what were discussed',
  'what did they discuss',
  'what was it about',
  'what was the meeting about',
  'what was the briefing about',
  'what was the conference about',
  'what was the session about',
  'what topics',
  'what topic',
  'what agenda',
  'what subjects',
];
/**
 * Nouns that name the kind of answer asked when an interrogative follows them ("về lĩnh vực gì",
 * "những vấn đề nào", "what sector"): the answer is a field, an issue, a subject, so its sentence
 * need not write the noun itself ("Nghị quyết chuyên đề về phát triển du lịch" answers "lĩnh vực
 * gì"). Closed: the abstract category nouns of Vietnamese and their English forms; nouns that also
 * name content ("việc" of "việc làm", "mặt" of "mặt trận") are left out.
 */
export const ANSWER_KIND_NOUNS = ['lĩnh vực', 'vấn đề', 'nội dung', 'chủ đề', 'khía cạnh', 'phương diện'];
/** English forms of {@link ANSWER_KIND_NOUNS}, after "what" or "which" (a plural s is allowed). */
export const ANSWER_KIND_NOUNS_EN = ['field', 'sector', 'topic', 'subject', 'issue', 'aspect'];

/** English "What was the … about?" with the meeting named in between. */
export const OPEN_WHAT_EN_ABOUT = /(?<![\p{L}])what\s+(?:was|were|is)\s+.+\s+about\s*\??\s*$/iu;

/**
 * Generic words of a report's name ("công tác", "nhiệm vụ", "tình hình"): in a "was it held"
 * question they are part of how the meeting is named, not a claim about what it did. Closed: the
 * genre words every review or briefing title uses, whatever its subject.
 */
export const REPORT_GENRE_WORDS = [
  'công tác',
  'nhiệm vụ',
  'tình hình',
  'kết quả',
  'đánh giá',
  'triển khai',
  'phương hướng',
  'thực hiện',
  'đảng bộ',
  'khối',
];

/**
 * Words naming the corpus's own items — an article, a news report, a meeting report ("Which
 * districts have meeting reports?", "huyện nào có bài về giao ban"): in a list or count of meetings
 * they ask which meetings the articles report, not a topic the article must repeat. Closed: the
 * genre nouns of a news portal, Vietnamese (English questions reach them through the glossary).
 */
export const ARTICLE_GENRE_WORDS = ['bài', 'bài viết', 'bài báo', 'tin bài', 'báo cáo'];

/**
 * Words that end the name a question gives a meeting ("giao ban công tác xây dựng Đảng *của*
 * Huyện ủy …", "… *không*?"): what follows is who held it or the question frame. Closed: function
 * words, the yes/no frame and the verbs of holding.
 */
export const MEETING_NAME_STOP_WORDS = [
  'của',
  'do',
  'tại',
  'ở',
  'vào',
  'với',
  'và',
  'không',
  'chưa',
  'có',
  'hay',
  'được',
  'đã',
  'này',
  'đó',
  'nào',
  'khi',
  'lần',
  'đợt',
  'kỳ',
  'ngày',
  'bàn',
  'về',
  'thông',
  'quyết',
];
