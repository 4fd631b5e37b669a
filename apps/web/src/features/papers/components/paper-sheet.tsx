import { Alert, Button, Card, Popconfirm, Spin } from 'antd';
import { ArrowLeftOutlined, FileDoneOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { formatSeconds, useCountdown } from '../../../components/use-countdown';
import { useT } from '../../../i18n/index';
import { PaperQuestion } from './paper-question';
import { PaperResults } from './paper-results';
import { usePaper } from '../hooks/use-paper';

interface Props {
  contestId: string;
  roundId: string;
  title: string;
  token: string;
  contestantId: string;
  /** True: start the paper (开始答卷); false: restore the one already started. */
  begin: boolean;
  /** The window's status from the paper list: a close ends the paper, so re-read it. */
  windowClosed: boolean;
  onExit: () => void;
}

/** 笔答: the contestant's whole paper, a personal countdown, one answer per question, then 交卷. */
export function PaperSheet({ contestId, roundId, title, token, contestantId, begin, windowClosed, onExit }: Props) {
  const t = useT();
  const paper = usePaper(roundId, token, begin);
  const { view } = paper;
  const remaining = useCountdown(view && !view.submittedAt ? view.deadline : null, paper.clockOffset);
  const { reload } = paper;
  useEffect(() => {
    if (windowClosed) void reload();
  }, [windowClosed, reload]);

  if (!view) {
    return paper.error ? (
      <Alert type="error" showIcon message={paper.error} action={<Button size="small" onClick={onExit}>{t('paperBack')}</Button>} />
    ) : (
      <div className="play-waiting">
        <Spin size="large" />
      </div>
    );
  }

  const answered = new Map(view.answers.map((a) => [a.questionId, a.answer]));
  const timeUp = remaining !== null && remaining <= 0;
  const closed = Boolean(view.submittedAt) || timeUp;

  // Handed in, or collected when the window closed: the answers' results and 申诉.
  if (view.submittedAt || windowClosed) {
    return (
      <Card className="play-card" data-testid="paper-submitted">
        <div className="play-waiting">
          <FileDoneOutlined className="play-waiting-icon" />
          <h2 style={{ margin: 0 }}>{t(view.submittedAt ? 'paperSubmitted' : 'paperWindowClosed')}</h2>
          <p style={{ color: '#667' }}>{t('paperAnsweredOf', { n: answered.size, total: view.questions.length })}</p>
          <PaperResults contestId={contestId} token={token} view={view} />
          <Button onClick={onExit} data-testid="paper-exit" style={{ marginTop: 12 }}>
            {t('paperBack')}
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <div className="paper-sheet" data-testid="paper-sheet">
      <div className={`play-countdown paper-bar${remaining !== null && remaining <= 60_000 ? ' urgent' : ''}`} data-testid="paper-countdown">
        <div>
          <div className="paper-bar-title">{title}</div>
          <div className="paper-bar-progress">{t('paperAnsweredOf', { n: answered.size, total: view.questions.length })}</div>
        </div>
        <b>{timeUp ? t('timeUp') : remaining !== null ? formatSeconds(remaining) : '—'}</b>
      </div>
      {timeUp && <Alert type="warning" showIcon message={t('paperTimeUp')} />}
      {paper.error && <Alert type="error" showIcon message={paper.error} />}
      {view.questions.map((question, i) => (
        <PaperQuestion
          key={question.id}
          storeKey={`${view.paperId}.${question.id}`}
          contestantId={contestantId}
          index={i + 1}
          question={question}
          accepted={answered.get(question.id)}
          closed={closed}
          onSend={paper.send}
        />
      ))}
      <div className="play-submit">
        <Popconfirm
          title={t('paperHandInConfirm')}
          description={t('paperAnsweredOf', { n: answered.size, total: view.questions.length })}
          okText={t('paperHandIn')}
          cancelText={t('cancel')}
          onConfirm={() => void paper.handIn()}
        >
          <Button type="primary" danger block size="large" style={{ height: 56, fontSize: 20 }} loading={paper.submitting} data-testid="paper-hand-in">
            {t('paperHandIn')}
          </Button>
        </Popconfirm>
        <Button type="link" block icon={<ArrowLeftOutlined />} onClick={onExit} style={{ marginTop: 4 }}>
          {t('paperBack')}
        </Button>
      </div>
    </div>
  );
}
