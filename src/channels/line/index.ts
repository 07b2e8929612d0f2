export { lineRouter } from './line-router';
