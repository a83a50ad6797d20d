/**
 * English verbs of directing: a speaker tells someone to act ("the secretary asked the districts to
 * …", "urged the Fatherland Front", "called for …"). One table for every reader of them: the
 * question's target (target.ts: a directive asked; a figure "asked to admit" is a target to reach)
 * and the bodies a direction addresses (answer/bodies.ts: "asked the Fatherland Front" names no
 * body that met). Closed class: the verbs, in their inflected forms, with which English reports
 * and their readers render "yêu cầu", "đề nghị", "chỉ đạo", "giao".
 */
export const DIRECTING_VERBS_EN: readonly string[] = [
  'ask',
  'asks',
  'asked',
  'urge',
  'urges',
  'urged',
  'request',
  'requests',
  'requested',
  'require',
  'requires',
  'required',
  'demand',
  'demands',
  'demanded',
  'tell',
  'tells',
  'told',
  'instruct',
  'instructs',
  'instructed',
  // Bare "direct" only after an auxiliary: alone it is mostly the adjective ("direct investment").
  'did direct',
  'does direct',
  'to direct',
  'directs',
  'directed',
  'call on',
  'calls on',
  'called on',
  'call for',
  'calls for',
  'called for',
  'tasked',
  'assigned',
];

/**
 * A direction reported as speech: a verb of saying, then a modal of obligation ("the secretary
 * said the communes must be supplied …", "stated that agencies should …"), the English of "yêu cầu
 * … phải". Closed class: the verbs of saying and the modals of obligation.
 */
export const DIRECTING_SPEECH_EN =
  "(?:say|says|said|state|states|stated|stress|stresses|stressed)(?: that)?(?:\\s+[\\p{L}'’-]+){0,8}?\\s+(?:must|should|need to|needs to|needed to|have to|has to|had to)";
