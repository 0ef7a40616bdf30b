// The evaluation worker's entry point: registers tsx in the worker thread
// (loader hooks of the main thread do not reach a worker's entry module on
// Node 20, whether tsx came from --import or from bin/jobspor.mjs's register
// call), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
