export { SoudanError } from './soudan-error';
