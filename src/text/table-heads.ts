/**
 * The words a flattened table's header opens with, shared by the cleaner (which keeps a header and
 * its rows as article text, ingest/clean.ts) and the table reader (records/tables.ts). Closed: the
 * heads portals give these columns.
 */

/** Heads of a row-number column ("STT", "TT", "Số TT"). */
export const ROW_NUMBER_HEADS = ['STT', 'TT', 'Số TT'] as const;

/** Heads of a label column ("Chỉ tiêu", "Nội dung"). */
export const LABEL_COLUMN_HEADS = ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung', 'Lĩnh vực', 'Danh mục'] as const;
