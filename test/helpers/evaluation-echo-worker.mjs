// A stand-in evaluation worker for the job manager's tests: posts the
// messages its input's spec lists, then hangs, throws or ends as asked.
import { parentPort } from 'node:worker_threads';

parentPort.once('message', (input) => {
  for (const message of input.spec.messages ?? []) parentPort.postMessage(message);
  if (input.spec.then === 'hang') setInterval(() => {}, 60_000);
  else if (input.spec.then === 'throw') throw new Error('worker broke');
  else parentPort.close();
});
