export { MAX_SAVED_JOBS, type SavedJobsStore } from './saved-jobs-store';
export { savedJobsKey } from './saved-jobs-key';
export { MemorySavedJobsStore } from './memory-saved-jobs-store';
export { RedisSavedJobsStore } from './redis-saved-jobs-store';
