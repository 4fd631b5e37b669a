import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Like } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { PaperEntity, PaperWindowEntity, SubmissionEntity } from '../database/entities';
import { Transactions } from '../database/transactions';

/** Written rounds' papers and paper windows. Writes go through `Transactions.run`. */
@Injectable()
export class PaperRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  findWindow(roundId: string): Promise<PaperWindowEntity | null> {
    return this.db.getRepository(PaperWindowEntity).findOneBy({ roundId });
  }

  listWindows(contestId: string): Promise<PaperWindowEntity[]> {
    return this.db.getRepository(PaperWindowEntity).findBy({ contestId });
  }

  /** Opens the window once; returns the window as stored (an earlier open wins). */
  async openWindow(roundId: string, contestId: string, openedAt: Date): Promise<PaperWindowEntity> {
    try {
      await this.tx.run((tx) => tx.getRepository(PaperWindowEntity).insert({ roundId, contestId, openedAt, closedAt: null }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return this.db.getRepository(PaperWindowEntity).findOneByOrFail({ roundId });
  }

  /** Closes an open window; false when it was not open. */
  async closeWindow(roundId: string, closedAt: Date): Promise<boolean> {
    const result = await this.tx.run((tx) => tx.getRepository(PaperWindowEntity).update({ roundId, closedAt: IsNull() }, { closedAt }));
    return Boolean(result.affected);
  }

  findPaper(roundId: string, contestantId: string): Promise<PaperEntity | null> {
    return this.db.getRepository(PaperEntity).findOneBy({ roundId, contestantId });
  }

  listPapers(contestId: string, contestantId: string): Promise<PaperEntity[]> {
    return this.db.getRepository(PaperEntity).findBy({ contestId, contestantId });
  }

  /** Stores a drawn paper; if the contestant's paper was stored meanwhile (two clicks), returns that one. */
  async insertPaper(paper: PaperEntity): Promise<PaperEntity> {
    try {
      await this.tx.run((tx) => tx.getRepository(PaperEntity).insert(paper));
      return paper;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.db.getRepository(PaperEntity).findOneByOrFail({ roundId: paper.roundId, contestantId: paper.contestantId });
    }
  }

  /** Hands a paper in (once): false when it already was. */
  async submitPaper(id: string, submittedAt: Date): Promise<boolean> {
    const result = await this.tx.run((tx) => tx.getRepository(PaperEntity).update({ id, submittedAt: IsNull() }, { submittedAt }));
    return Boolean(result.affected);
  }

  /** The accepted (not too-late) answers on a paper: their slots are "paperId:questionId". */
  listAnswers(paperId: string): Promise<SubmissionEntity[]> {
    return this.db.getRepository(SubmissionEntity).find({ where: { answerSlot: Like(`${paperId}:%`) }, order: { receivedAt: 'ASC' } });
  }
}
