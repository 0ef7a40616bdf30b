/**
 * The citizen's plan (PlanContent in docs/contracts/case-work-api.md §B) as
 * it develops over 1-4 versions: resources and barriers in the citizen's own
 * words, a job goal with sub-goals and goals that answer the barriers.
 * Each version moves some sub-goals on (not started -> in progress ->
 * achieved), now and then drops one and adds new ones as the course moves.
 */
import { addDays, addMonths } from '../dates.ts';
import type { Random } from '../random.ts';
import type { Theme } from './occupations.ts';
import { barriers as barrierPool, hourSubGoals, jobSubGoals, resources as resourcePool, type Barrier } from './texts.ts';

export type GoalStatus = 'not_started' | 'in_progress' | 'achieved' | 'dropped';

export interface PlanSubGoal {
  id: string;
  title: string;
  status: GoalStatus;
  targetDate: string | null;
  supportedBy: string | null;
}

export interface PlanGoal extends PlanSubGoal {
  subGoals: PlanSubGoal[];
}

export interface PlanContent {
  resources: string;
  barriers: { text: string; ownWords: boolean }[];
  goals: PlanGoal[];
}

/** Where the course is when a version is saved; decides which sub-goals appear. */
export type PlanStage = 'start' | 'match' | 'company' | 'health';

export class PlanStory {
  readonly barriers: Barrier[];
  readonly #random: Random;
  readonly #theme: Theme;
  readonly #broker: string;
  #content: PlanContent | null = null;
  #hourStep = 0;

  constructor(random: Random, theme: Theme, broker: string, barrierKinds?: readonly Barrier[]) {
    this.#random = random;
    this.#theme = theme;
    this.#broker = broker;
    this.barriers = barrierKinds ? [...barrierKinds] : random.shuffle(barrierPool).slice(0, random.int(1, 3));
  }

  /** The next version of the plan, saved on `date` at `stage`; `jobTitle` is the concrete job goal, if any. */
  next(date: string, stage: PlanStage, jobTitle: string | null): PlanContent {
    const r = this.#random;
    const target = (months: number) => addMonths(date, months);
    if (!this.#content) {
      const own = r.shuffle(resourcePool).slice(0, r.int(2, 3)).join(' ');
      const content: PlanContent = {
        resources: own,
        barriers: this.barriers.map((b) => (r.chance(0.85) ? { text: b.own, ownWords: true } : { text: b.professional, ownWords: false })),
        goals: [],
      };
      if (stage !== 'health') content.goals.push(this.#jobGoal(date, jobTitle));
      for (const b of this.barriers.slice(0, stage === 'health' ? 3 : 2)) {
        content.goals.push({
          id: r.uuid(),
          title: b.goal.title,
          status: 'in_progress',
          targetDate: target(r.int(3, 6)),
          supportedBy: b.goal.supportedBy,
          subGoals: b.goal.subGoals.slice(0, r.int(1, b.goal.subGoals.length)).map((title, i) => ({
            id: r.uuid(),
            title,
            status: i === 0 ? 'in_progress' : 'not_started',
            targetDate: target(r.int(1, 4)),
            supportedBy: null,
          })),
        });
      }
      this.#content = content;
      return structuredClone(content);
    }

    const content = this.#content;
    for (const goal of content.goals) {
      if (goal.status === 'achieved' || goal.status === 'dropped') continue;
      for (const sub of goal.subGoals) {
        if (sub.status === 'achieved' || sub.status === 'dropped') continue;
        const roll = r.next();
        if (roll < 0.05) sub.status = 'dropped';
        else if (roll < 0.55) sub.status = sub.status === 'not_started' ? 'in_progress' : 'achieved';
        if (sub.targetDate !== null && sub.targetDate < date && sub.status !== 'achieved') sub.targetDate = target(r.int(1, 3));
      }
      const open = goal.subGoals.filter((s) => s.status !== 'achieved' && s.status !== 'dropped');
      if (goal.subGoals.length > 0 && open.length === 0) goal.status = 'achieved';
    }
    const job = content.goals[0];
    if (job && stage !== 'health') {
      if (jobTitle && !job.title.includes(jobTitle)) job.title = `Arbejde som ${jobTitle.toLowerCase()}`;
      const titles = new Set(job.subGoals.map((s) => s.title));
      const addable =
        stage === 'company' ? hourSubGoals.slice(this.#hourStep) : jobSubGoals(jobTitle, this.#theme.courses[0]?.title ?? null);
      const fresh = addable.find((t) => !titles.has(t));
      if (fresh) {
        if (stage === 'company') this.#hourStep++;
        job.subGoals.push({ id: r.uuid(), title: fresh, status: 'in_progress', targetDate: target(r.int(1, 3)), supportedBy: null });
        job.status = 'in_progress';
      }
    }
    if (r.chance(0.2)) content.resources += ` ${r.pick(resourcePool)}`;
    return structuredClone(content);
  }

  #jobGoal(date: string, jobTitle: string | null): PlanGoal {
    const r = this.#random;
    const title = jobTitle ? `Arbejde som ${jobTitle.toLowerCase()}` : this.#theme.wish;
    const subs = jobSubGoals(jobTitle, this.#theme.courses[0]?.title ?? null).slice(0, r.int(2, 3));
    return {
      id: r.uuid(),
      title,
      status: 'in_progress',
      targetDate: addMonths(date, r.int(6, 12)),
      supportedBy: this.#broker,
      subGoals: subs.map((t, i) => ({
        id: r.uuid(),
        title: t,
        status: i === 0 ? 'in_progress' : 'not_started',
        targetDate: addDays(date, r.int(21, 120)),
        supportedBy: i === 0 ? this.#broker : null,
      })),
    };
  }
}
