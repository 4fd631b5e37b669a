import { Card, Empty, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReviewItem } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { PublishRoundButton } from './chief-tools';
import { ReviewCard } from './review-card';
import { useScoredThisVisit } from '../hooks/use-scored-this-visit';

interface Props {
  contestId: string;
  items: ReviewItem[];
  roundTitle: (roundId: string) => string;
}

/** The blind review queue: how many wait for this judge and how many were scored this visit; one answer at a time. */
export function ReviewPane({ contestId, items, roundTitle }: Props) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const scored = useScoredThisVisit(contestId);
  useEffect(() => {
    if (index >= items.length && items.length > 0) setIndex(items.length - 1);
  }, [index, items.length]);
  const chief = items.some((i) => i.panelScores !== undefined);
  const waiting = items.filter((i) => i.myScore === null).length;
  // Answers whose scores are all in but differ by more than the limit: the only ones publishing changes.
  const held = items.filter((i) => i.progress.scored >= i.progress.needed && i.disagreement);
  const heldRounds = [...new Set(held.map((i) => i.roundId))];
  const current = items[Math.min(index, items.length - 1)];
  const next = () => setIndex((i) => (items.length === 0 ? 0 : (i + 1) % items.length));
  const total = waiting + scored.count;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('judgeQueue')} {chief && <Tag color="gold">{t('chiefJudge')}</Tag>}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="queue-position">
              {items.length > 0 ? `${t('judgeQueueCount', { n: waiting, i: Math.min(index, items.length - 1) + 1 })} · ` : ''}
              {t('judgeDoneThisVisit', { n: scored.count })}
            </Typography.Text>
          </Space>
          {total > 0 && <Progress type="circle" size={56} percent={Math.round((scored.count / total) * 100)} />}
        </Space>
        {chief && heldRounds.length > 0 && (
          <div style={{ marginTop: 12 }} data-testid="publish-held">
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('publishHeldHint')}
            </Typography.Paragraph>
            <Space wrap>
              {heldRounds.map((id) => (
                <PublishRoundButton key={id} contestId={contestId} roundId={id} label={t('publishHeld', { round: roundTitle(id), n: held.filter((i) => i.roundId === id).length })} />
              ))}
            </Space>
          </div>
        )}
      </Card>
      {current ? (
        <ReviewCard contestId={contestId} item={current} chief={chief} onNext={next} onScored={scored.add} />
      ) : (
        <Card>
          <Empty description={scored.count > 0 ? t('judgeAllDone', { n: scored.count }) : t('judgeEmpty')} data-testid="judge-empty" />
        </Card>
      )}
    </Space>
  );
}
