import { Alert, Button, Card, Tag } from 'antd';
import { type BuzzResult, type LiveView, type PublicQuestion, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { formatRevealed } from '../../../components/format-revealed';
import { formatSeconds } from '../../../components/use-countdown';
import { useBilingual, useT } from '../../../i18n/index';
import { AnswerInput, isAnswerReady } from './answer-input';
import { AnswerResult } from './answer-result';
import { AppealBox } from '../../appeals/components/appeal-box';
import { BuzzPanel } from './buzz-panel';
import { buzzViewOf } from '../utils/buzz-state';
import { ThinkTankButton } from './think-tank-button';
import type { AnswerController } from '../hooks/use-answer';

interface Props {
  contestId: string;
  token: string;
  teamId: string;
  view: LiveView;
  question: PublicQuestion;
  answer: AnswerController;
  remaining: number | null;
  onBuzz: (result: BuzzResult) => void;
}

/** The open (or just closed) question on a phone: countdown, buzz, answer, "已提交" or the result, the revealed key. */
export function QuestionView({ contestId, token, teamId, view, question, answer, remaining, onBuzz }: Props) {
  const t = useT();
  const pick = useBilingual();
  const submitted = Boolean(answer.answer?.submissionId) || Boolean(answer.answer?.refusal);
  // Submitted without a connection: kept on the phone, sent (same clientKey) when it is back.
  const queued = !submitted && Boolean(answer.answer?.unsent);
  const open = view.phase === 'open' && (remaining === null || remaining > 0);
  const buzzer = view.round?.kind === 'buzzer';
  const buzz = buzzViewOf(view.buzz, teamId);
  const otherTeamTurn = view.assignedTeam && view.assignedTeam.id !== teamId ? view.assignedTeam : null;
  const notInTieBreak = Boolean(view.tieBreak && view.tieBreak.teamIds.length > 0 && !view.tieBreak.teamIds.includes(teamId));
  const mayAnswer = (!buzzer || buzz.myTurn) && !otherTeamTurn && !notInTieBreak;
  const locked = submitted || queued || !open || answer.submitting || !mayAnswer;
  const myStake = view.stakes?.find((s) => s.teamId === teamId);
  return (
    <>
      {view.phase === 'open' && remaining !== null && (
        <div className={`play-countdown${remaining <= 5000 ? ' urgent' : ''}`} data-testid="countdown">
          <span>{view.pausedAt ? t('questionPaused') : remaining > 0 ? t('timeLeft') : t('timeUp')}</span>
          <b>{remaining > 0 ? formatSeconds(remaining) : 0}</b>
        </div>
      )}
      {otherTeamTurn && <Alert type="info" showIcon message={t('answeredByTeam', { team: otherTeamTurn.name })} data-testid="assigned-other" />}
      {notInTieBreak && <Alert type="warning" showIcon message={t('notInTieBreak')} data-testid="not-in-tie-break" />}
      {buzzer && view.phase === 'open' && !submitted && !otherTeamTurn && !notInTieBreak && (
        <BuzzPanel contestId={contestId} token={token} questionId={question.id} open={open} view={buzz} onResult={onBuzz} />
      )}
      {buzzer && submitted && buzz.passedOn && (
        <Alert type="info" showIcon message={buzz.holderTeamName ? t('buzzPassedTo', { team: buzz.holderTeamName }) : t('buzzPassedNobody')} data-testid="buzz-passed" />
      )}
      <Card className="play-card" data-testid="question">
        <div>
          {view.round && <Tag>{view.round.title}</Tag>}
          <Tag color="blue">{pick(QUESTION_TYPE_LABELS[question.type])}</Tag>
          <Tag>
            {question.points} {t('points')}
          </Tag>
          {myStake && <Tag color="volcano">{t('myStake', { n: myStake.points })}</Tag>}
        </div>
        <div className="play-stem">{question.stem}</div>
        <AnswerInput question={question} value={answer.answer?.draft ?? null} onChange={answer.setDraft} disabled={locked} />
        {view.phase === 'open' && !submitted && <ThinkTankButton contestId={contestId} token={token} questionId={question.id} open={open && mayAnswer} />}
        {view.phase === 'closed' && !submitted && <Alert type="info" showIcon message={t('closedText')} style={{ marginTop: 16 }} />}
        {answer.error && !answer.answer?.refusal && <Alert type="error" showIcon message={pick(answer.error)} style={{ marginTop: 16 }} />}
        {queued && <Alert type="warning" showIcon message={t('answerQueued')} description={t('answerQueuedHint')} style={{ marginTop: 16 }} data-testid="answer-queued" />}
        {submitted && answer.answer && <AnswerResult answer={answer.answer} />}
        {view.phase === 'closed' && answer.answer?.status === 'graded' && answer.answer.submissionId && (
          <AppealBox contestId={contestId} token={token} submissionId={answer.answer.submissionId} />
        )}
        {view.revealed && view.revealed.questionId === question.id && (
          <Alert
            className="play-revealed"
            type="success"
            data-testid="revealed"
            message={`${t(view.revealed.type === 'short' ? 'referenceAnswer' : 'revealedAnswer')}：${formatRevealed(view.revealed, t)}`}
            description={view.revealed.explanation ? `${t('explanation')}：${view.revealed.explanation}` : undefined}
          />
        )}
      </Card>
      {!submitted && !queued && view.phase === 'open' && !otherTeamTurn && !notInTieBreak && (
        <div className="play-submit">
          <Button
            type="primary"
            block
            size="large"
            style={{ height: 56, fontSize: 20 }}
            disabled={!open || !mayAnswer || !isAnswerReady(question, answer.answer?.draft ?? null)}
            loading={answer.submitting}
            onClick={() => void answer.submit()}
            data-testid="submit"
          >
            {t('submit')}
          </Button>
        </div>
      )}
    </>
  );
}
