export { PERSONA } from './persona';
export { jobsMeetingEverything, playPersona, speaks, summarise, type PersonaRun } from './play-persona';
