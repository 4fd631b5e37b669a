import { Alert, Button } from 'antd';
import type { BuzzResult, LiveView, PublicQuestion } from '@jingsai/domain';
import { formatSeconds } from '../../../components/use-countdown';
import { useT } from '../../../i18n/index';
import type { ActionChannel } from '../../live/utils/live-action';
import { roundKindOf } from '../../rounds/kinds/registry';
import { useAnswerEligibility } from '../hooks/use-answer-eligibility';
import type { AnswerController } from '../hooks/use-answer';
import { isAnswerReady } from './answer-input';
import { QuestionCard } from './question-card';

interface Props {
  contestId: string;
  channel: ActionChannel;
  teamId: string;
  view: LiveView;
  question: PublicQuestion;
  answer: AnswerController;
  remaining: number | null;
  onBuzz: (result: BuzzResult) => void;
}

/** The open (or just closed) question on a phone: countdown, the kind's piece (抢答: buzz), the question card, submit. */
export function QuestionView({ contestId, channel, teamId, view, question, answer, remaining, onBuzz }: Props) {
  const t = useT();
  const eligibility = useAnswerEligibility(view, teamId, answer, remaining);
  const { open, submitted, queued, otherTeamTurn, notInTieBreak, mayAnswer } = eligibility;
  const KindPanel = roundKindOf(view.round?.kind).PhonePanel;
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
      {KindPanel && (
        <KindPanel
          contestId={contestId}
          teamId={teamId}
          channel={channel}
          view={view}
          questionId={question.id}
          open={open}
          submitted={submitted}
          sidelined={Boolean(otherTeamTurn) || notInTieBreak}
          onBuzz={onBuzz}
        />
      )}
      <QuestionCard contestId={contestId} token={channel.token} teamId={teamId} view={view} question={question} answer={answer} eligibility={eligibility} />
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
