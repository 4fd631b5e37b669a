import { Alert, Button, Card, Tag } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useState } from 'react';
import { type AnswerValue, type PublicQuestion, QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { useBilingual, useT } from '../../../i18n/index';
import { AnswerInput, isAnswerReady } from '../../play/components/answer-input';
import { loadAnswer, saveAnswer, type StoredAnswer } from '../../play/utils/answer-store';

interface Props {
  /** Scopes the stored draft and clientKey: `paperId.questionId`. */
  storeKey: string;
  contestantId: string;
  index: number;
  question: PublicQuestion;
  /** The answer the server accepted, if any: the question is then locked. */
  accepted: AnswerValue | undefined;
  /** Time is up or the paper was handed in. */
  closed: boolean;
  onSend: (questionId: string, answer: AnswerValue, clientKey: string) => Promise<string | null>;
}

/** One question of the paper: answer once, then ✓ and locked. Draft and clientKey survive a reload. */
export function PaperQuestion({ storeKey, contestantId, index, question, accepted, closed, onSend }: Props) {
  const t = useT();
  const pick = useBilingual();
  const [stored, setStored] = useState<StoredAnswer>(() => loadAnswer(contestantId, storeKey));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = accepted !== undefined;
  const value = done ? accepted : stored.draft;

  const update = (patch: Partial<StoredAnswer>) =>
    setStored((current) => {
      const next = { ...current, ...patch };
      saveAnswer(contestantId, storeKey, next);
      return next;
    });

  const send = async () => {
    if (stored.draft === null) return;
    setSending(true);
    setError(null);
    const problem = await onSend(question.id, stored.draft, stored.clientKey);
    setSending(false);
    if (problem) setError(problem);
  };

  return (
    <Card className={`play-card paper-q${done ? ' done' : ''}`} size="small" data-testid={`paper-q-${index}`}>
      <div className="paper-q-head">
        <b>{index}.</b>
        <Tag color="blue">{pick(QUESTION_TYPE_LABELS[question.type])}</Tag>
        <Tag>
          {question.points} {t('points')}
        </Tag>
        {done && (
          <span className="paper-q-done" data-testid={`paper-done-${index}`}>
            <CheckCircleFilled /> {t('paperAnswered')}
          </span>
        )}
      </div>
      <div className="play-stem">{question.stem}</div>
      <AnswerInput question={question} value={value} onChange={(draft) => update({ draft })} disabled={done || closed || sending} />
      {!done && !closed && (
        <Button
          type="primary"
          block
          size="large"
          style={{ marginTop: 12 }}
          disabled={!isAnswerReady(question, stored.draft)}
          loading={sending}
          onClick={() => void send()}
          data-testid={`paper-send-${index}`}
        >
          {t('paperSendAnswer')}
        </Button>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}
