export { teamsRouter, createTeamsBot, TEAMS_WEBHOOK_PATH, MAX_TEAMS_BODY_BYTES } from './teams-router';
export type { TeamsChannelDeps, TeamsChannelOptions } from './teams-router';
export { TeamsBot, TEAMS_CHANNEL } from './teams-bot';
export { toTeamsActivities, ADAPTIVE_CARD_VERSION, type TeamsView } from './teams-cards';
export {
  readActivity,
  scopeOf,
  localeOf,
  sessionId,
  type TeamsRequest,
  type TeamsScope,
} from './teams-activity';
