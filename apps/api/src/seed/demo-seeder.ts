import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { QuestionType, RoundKind } from '@jingsai/domain';
import { importBankJson } from '@jingsai/question-bank';
import { UsersService } from '../auth/users.service';
import { AppConfig, repoRoot } from '../config/app-config';
import { ContestRepository } from '../contests/contest.repository';
import { QuestionRepository } from '../banks/question.repository';
import type { RoundSettingsColumn } from '../database/entities';
import { DEFAULT_MEMBER_CAP } from '../contests/contests.dto';
import { newId } from '../common/ids';
import { UserRepository } from '../auth/user.repository';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { oneAtATime, STARTUP_LOCK } from '../database/data-source-options';

/** data/demo-contest.json: the demo contest built at first start. */
export interface DemoContestFile {
  title: string;
  baseScore: number;
  bankFile: string;
  bankName: string;
  teams: { name: string; group?: string; joinCode: string }[];
  rounds: { title: string; kind: RoundKind; secondsPerQuestion: number; questionType: QuestionType; count: number; settings?: RoundSettingsColumn }[];
}

export const DEMO_CONTEST_FILE = path.join(repoRoot, 'data', 'demo-contest.json');

/** At boot: the first admin, then (if enabled and the database has no contest yet) the demo contest. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly usersService: UsersService,
    private readonly users: UserRepository,
    private readonly contests: ContestRepository,
    private readonly questions: QuestionRepository,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Api replicas start together: one at a time creates the admin and the demo, the others find them.
    await oneAtATime(this.db, STARTUP_LOCK, async () => {
      await this.usersService.ensureAdmin();
      if (!this.config.seedDemo) return;
      if ((await this.contests.listContests(null, null)).length > 0) return;
      await this.seed(JSON.parse(readFileSync(DEMO_CONTEST_FILE, 'utf8')) as DemoContestFile);
    });
  }

  async seed(demo: DemoContestFile): Promise<string> {
    const admin = await this.users.findByUsername(this.config.adminUsername);
    if (!admin) throw new Error('The admin user must exist before the demo contest');
    const bankPath = path.join(repoRoot, 'data', demo.bankFile);
    if (!existsSync(bankPath)) throw new Error(`Demo question bank missing: ${bankPath}`);
    const bankData = importBankJson(readFileSync(bankPath, 'utf8'));
    const bank = await this.questions.createBank({ name: demo.bankName, sourceFile: demo.bankFile, ownerId: admin.id }, bankData.questions);
    const stored = await this.questions.listQuestions(bank.id, { draft: false });

    const contest = await this.contests.createContest({ id: newId(), title: demo.title, ownerId: admin.id, status: 'draft', baseScore: demo.baseScore, settings: {} });
    for (const team of demo.teams) await this.contests.addTeam(contest.id, team.name, team.group ?? null, { memberCap: DEFAULT_MEMBER_CAP }, team.joinCode);
    const used = new Set<string>();
    for (const round of demo.rounds) {
      const picked = stored.filter((q) => q.type === round.questionType && !used.has(q.id)).slice(0, round.count);
      picked.forEach((q) => used.add(q.id));
      await this.contests.createRound(
        { id: newId(), contestId: contest.id, title: round.title, kind: round.kind, secondsPerQuestion: round.secondsPerQuestion, settings: round.settings ?? {} },
        picked,
      );
    }
    this.logger.log(`Seeded the demo contest "${demo.title}" (${demo.teams.length} teams, join codes ${demo.teams.map((t) => t.joinCode).join(', ')})`);
    return contest.id;
  }
}
