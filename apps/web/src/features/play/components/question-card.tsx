import { Alert, Card, Tag } from 'antd';
import { type LiveView, type PublicQuestion, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { formatRevealed } from '../../../components/format-revealed';
import { useBilingual, useT } from '../../../i18n/index';
import { AppealBox } from '../../appeals/components/appeal-box';
import { roundKindOf } from '../../rounds/kinds/registry';
import type { AnswerEligibility } from '../hooks/use-answer-eligibility';
import type { AnswerController } from '../hooks/use-answer';
import { AnswerInput } from './answer-input';
import { AnswerResult } from './answer-result';
import { ThinkTankButton } from './think-tank-button';

interface Props {
  contestId: string;
  token: string;
  teamId: string;
  view: LiveView;
  question: PublicQuestion;
  answer: AnswerController;
  eligibility: AnswerEligibility;
}

/** The question on a phone: its tags, stem and answer input, then "已提交" or the result, an appeal, the revealed key. */
export function QuestionCard({ contestId, token, teamId, view, question, answer, eligibility }: Props) {
  const t = useT();
  const pick = useBilingual();
  const { submitted, queued, open, mayAnswer, locked } = eligibility;
  const KindTag = roundKindOf(view.round?.kind).PhoneTag;
  return (
    <Card className="play-card" data-testid="question">
      <div>
        {view.round && <Tag>{view.round.title}</Tag>}
        <Tag color="blue">{pick(QUESTION_TYPE_LABELS[question.type])}</Tag>
        <Tag>
          {question.points} {t('points')}
        </Tag>
        {KindTag && <KindTag view={view} teamId={teamId} />}
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
  );
}
