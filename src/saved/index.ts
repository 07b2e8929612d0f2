export { MAX_SAVED_JOBS, type SavedJobsStore } from './saved-jobs-store';
export { savedJobsKey } from './saved-jobs-key';
export { MemorySavedJobsStore, type MemorySavedJobsStoreOptions } from './memory-saved-jobs-store';
export { RedisSavedJobsStore, type RedisSavedJobsStoreOptions } from './redis-saved-jobs-store';
