import type { Config } from '../config.ts';
import type { ConversationState } from '../conversation/state.ts';
import type { Engine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import type { CitationStore } from './citations.ts';

/** What every feature gets: the engine, the log, the settings it reads, and shared state. */
export interface FeatureDeps {
  engine: Engine;
  logger: Logger;
  config: Pick<
    Config,
    'ADMIN_IDS' | 'MAX_FILE_MB' | 'TELEGRAM_API_ROOT' | 'FETCH_ALLOW_PRIVATE' | 'FETCH_TIMEOUT_SECONDS'
  >;
  citations: CitationStore;
  now: () => Date;
  /** Bot token, needed only to build file-download URLs. */
  token: string;
  /** Conversation contexts, group threads and answer feedback (STATE_DIR). */
  conversations: ConversationState;
}

/** Whether `userId` is listed in ADMIN_IDS (used for display only; actions use `adminVerdict`). */
export function isAdminUser(deps: FeatureDeps, userId: number | undefined): boolean {
  return userId !== undefined && deps.config.ADMIN_IDS.includes(userId);
}
