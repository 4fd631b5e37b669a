// Benchmark: analyseContest over 5,000 contestants × 200 questions (1,000,000 written answers).
// Run: node tools/run-ts.js libs/analysis/src/bench/analysis.bench.ts [contestants] [questions]
// A figure for the README, not a timed test.
import type { AnswerValue, QuestionType } from '@jingsai/domain';
import { analyseContest } from '../analyse-contest';
import type { AnalysisAnswer, AnalysisContestant, AnalysisInput, AnalysisQuestion, AnalysisTeam, ContestAnalysis } from '../analysis.types';
import { contestScoreEvents } from '../score-events';

const CONTESTANTS = Number(process.argv[2] ?? 5000);
const QUESTIONS = Number(process.argv[3] ?? 200);
const TEAM_SIZE = 5;
const RUNS = 7;
const TAGS = ['营销', '服务规范', '礼仪', '投诉处理', '反洗钱', '电费电价', '业扩报装', '安全用电', '法规', '产品知识', '系统操作', '应急'];
const TYPES: QuestionType[] = ['single', 'single', 'multiple', 'truefalse', 'blank', 'short'];
const OPTIONS = ['A', 'B', 'C', 'D'];

/** Deterministic, so that two runs time the same work. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function buildInput(): AnalysisInput {
  const random = lcg(42);
  const t0 = Date.parse('2024-05-01T09:00:00Z');
  const teams: AnalysisTeam[] = Array.from({ length: Math.ceil(CONTESTANTS / TEAM_SIZE) }, (_, i) => ({
    id: `t${i}`,
    name: `支行${i}`,
    group: `区域${i % 20}`,
  }));
  const contestants: AnalysisContestant[] = Array.from({ length: CONTESTANTS }, (_, i) => ({ id: `c${i}`, teamId: `t${Math.floor(i / TEAM_SIZE)}`, name: `选手${i}` }));
  const ability = contestants.map(() => random() * 4 - 2);
  const rounds = [1, 2, 3, 4].map((n) => ({ id: `r${n}`, title: `笔答${n}`, kind: 'written' as const, position: n }));
  const questions: AnalysisQuestion[] = Array.from({ length: QUESTIONS }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const answer: AnswerValue | undefined =
      type === 'single' ? OPTIONS[i % 4] : type === 'multiple' ? ['A', 'C'] : type === 'truefalse' ? i % 2 === 0 : undefined;
    return {
      id: `q${i}`,
      type,
      points: type === 'short' ? 20 : 10,
      tags: [TAGS[i % TAGS.length], TAGS[(i * 7 + 3) % TAGS.length]],
      options: type === 'single' || type === 'multiple' ? OPTIONS : undefined,
      answer,
      roundId: rounds[Math.floor((i * rounds.length) / QUESTIONS)].id,
      position: i,
      openedAt: new Date(t0 + i * 60_000),
    };
  });
  const difficulty = questions.map(() => random() * 4 - 2);
  const answers: AnalysisAnswer[] = [];
  questions.forEach((q, qi) => {
    const openedAt = new Date(t0 + qi * 60_000);
    contestants.forEach((c, ci) => {
      const late = random() < 0.01;
      const right = random() < 1 / (1 + Math.exp(difficulty[qi] - ability[ci]));
      const max = q.points;
      const score = late ? null : right ? max : q.type === 'short' || q.type === 'multiple' ? Math.round(random() * max) / 2 : 0;
      answers.push({
        questionId: q.id,
        roundId: q.roundId,
        teamId: c.teamId,
        contestantId: c.id,
        answer: pickedAnswer(q, right, random),
        status: late ? 'too_late' : 'graded',
        score,
        correct: q.type === 'short' ? null : late ? null : right,
        receivedAt: new Date(openedAt.getTime() + 2_000 + Math.floor(random() * 25_000)),
        openedAt,
        judgeScores: q.type === 'short' && score !== null ? [score, Math.min(max, score + 2)] : undefined,
      });
    });
  });
  return { questions, rounds, teams, contestants, answers, baseScore: 100 };
}

function pickedAnswer(q: AnalysisQuestion, right: boolean, random: () => number): AnswerValue {
  if (right && q.answer !== undefined && q.answer !== null) return q.answer;
  switch (q.type) {
    case 'single':
      return OPTIONS[Math.floor(random() * 4)];
    case 'multiple':
      return random() < 0.5 ? ['A'] : ['A', 'B', 'C'];
    case 'truefalse':
      return !q.answer;
    default:
      return '…';
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `analyse` RUNS times; the first run (JIT warm-up) is left out of the median. */
function time(label: string, analyse: () => ContestAnalysis): void {
  const runs: number[] = [];
  let analysis: ContestAnalysis | null = null;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    analysis = analyse();
    runs.push(performance.now() - start);
  }
  const flagged = analysis ? analysis.questions.filter((q) => q.flags.length).length : 0;
  console.log(`${label}: median ${Math.round(median(runs.slice(1)))} ms (runs ${runs.map(Math.round).join(', ')}); ${flagged} questions flagged`);
}

if (require.main === module) {
  const buildStart = performance.now();
  const input = buildInput();
  const buildMs = performance.now() - buildStart;
  const loaded = process.memoryUsage().rss;
  console.log(`input: ${CONTESTANTS} contestants × ${QUESTIONS} questions = ${input.answers.length} answers, ${input.teams.length} teams (built in ${Math.round(buildMs)} ms)`);
  time('analyseContest from the answers', () => analyseContest(input));
  const peak = process.memoryUsage().rss;
  // The API may hand over the events it builds for the leaderboard anyway.
  const scoreEvents = contestScoreEvents(input);
  time('analyseContest with the leaderboard events given', () => analyseContest({ ...input, scoreEvents }));
  console.log(`RSS: ${mb(loaded)} with the input loaded, ${mb(peak)} after the first series, ${mb(process.memoryUsage().rss)} at the end`);
}
