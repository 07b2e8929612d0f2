export { randomInt, seededRandom } from './seeded-random';
