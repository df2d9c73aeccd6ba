// One process's timing of the tag learner on 1,000 papers, printed as JSON for `npm run eval`, which runs
// several of these: on this machine separate processes of the same timing land in two groups (a fresh V8 and
// the CPU it gets), so one process's median can read either side of the target.
import { timeTraining } from './bench';
import { readApiPapers } from './listings';
import { readSeeds } from './seeds';

const corpus = [...readApiPapers(), ...readSeeds()].map(({ title, abstract }) => ({ title, abstract }));
process.stdout.write(JSON.stringify(timeTraining(corpus)));
