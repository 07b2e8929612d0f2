export { teamsRouter, createTeamsBot } from './teams-router';
export type { TeamsChannelOptions } from './teams-router';
export { sessionId } from './teams-activity';
