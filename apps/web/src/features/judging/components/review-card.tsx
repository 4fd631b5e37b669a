import { App, Button, Card, Col, Divider, Input, InputNumber, Row, Slider, Space, Tag, Typography } from 'antd';
import { CheckOutlined, StarFilled } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useScoreReview } from '../api/score-review';
import type { ReviewItem } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { ChiefReturn } from './chief-tools';
import { HighlightedAnswer } from './highlighted-answer';

interface Props {
  contestId: string;
  item: ReviewItem;
  chief: boolean;
  onNext: () => void;
  /** The score was taken (the answer may then leave the queue when its score counts). */
  onScored?: (submissionId: string) => void;
}

/** One blind answer: question, reference and key points, the marked answer, and the score form. */
export function ReviewCard({ contestId, item, chief, onNext, onScored }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const scoreReview = useScoreReview(contestId);
  const initial = item.myScore ?? item.suggestedScore ?? 0;
  const [score, setScore] = useState<number>(initial);
  const [comment, setComment] = useState(item.myComment ?? '');
  useEffect(() => {
    setScore(item.myScore ?? item.suggestedScore ?? 0);
    setComment(item.myComment ?? '');
  }, [item.submissionId, item.myScore, item.suggestedScore, item.myComment]);

  const submit = () =>
    scoreReview.mutate(
      { submissionId: item.submissionId, score, comment: comment.trim() },
      {
        onSuccess: () => {
          onScored?.(item.submissionId);
          void message.success(t('scoreSaved'));
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );

  return (
    <Card data-testid="review-card">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="blue">{t('maxScore', { n: item.maxScore })}</Tag>
        <Tag color={item.progress.scored >= item.progress.needed ? 'green' : 'gold'} data-testid="panel-progress">
          {t('panelProgress', { scored: item.progress.scored, needed: item.progress.needed })}
        </Tag>
        {item.myScore !== null && <Tag color="green">{t('myScoreIs', { n: item.myScore })}</Tag>}
        {item.disagreement && <Tag color="red">{t('disagreement')}</Tag>}
      </Space>
      <div className="judge-stem">{item.stem}</div>
      <Row gutter={24} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('referenceAnswer')}</Typography.Title>
          <div className="judge-reference" data-testid="judge-reference">{item.reference}</div>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('keyPoints')}
          </Typography.Title>
          <Space direction="vertical" size={6} style={{ width: '100%' }}>
            {item.keyPoints.map((point) => {
              const covered = item.coverage?.find((c) => c.keyPoint === point)?.covered ?? false;
              return (
                <Tag key={point} color={covered ? 'green' : 'default'} icon={covered ? <CheckOutlined /> : undefined} title={covered ? t('covered') : t('notCovered')} style={{ whiteSpace: 'normal', lineHeight: 1.6, marginInlineEnd: 0 }}>
                  {point}
                </Tag>
              );
            })}
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('contestantAnswer')}</Typography.Title>
          <HighlightedAnswer answer={item.answer} coverage={item.coverage ?? []} />
        </Col>
      </Row>
      <Divider />
      <Typography.Title level={5}>{t('yourScore')}</Typography.Title>
      {item.suggestedScore !== null && (
        <Typography.Paragraph type="secondary" data-testid="suggested-score">
          {t('suggestedScore', { n: item.suggestedScore })}
        </Typography.Paragraph>
      )}
      <Row gutter={16} align="middle">
        <Col flex="auto">
          <Slider min={0} max={item.maxScore} step={0.5} value={score} onChange={setScore} marks={item.suggestedScore !== null ? { [item.suggestedScore]: <StarFilled style={{ color: '#faad14' }} aria-label={t('suggestedScore', { n: item.suggestedScore })} /> } : undefined} />
        </Col>
        <Col>
          <InputNumber min={0} max={item.maxScore} step={0.5} value={score} onChange={(v) => setScore(typeof v === 'number' ? v : 0)} data-testid="score-input" />
        </Col>
      </Row>
      <Input.TextArea rows={2} maxLength={1000} placeholder={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} style={{ marginTop: 12 }} />
      <Space style={{ marginTop: 16 }} wrap>
        <Button type="primary" onClick={submit} loading={scoreReview.isPending} data-testid="submit-score">
          {t('submitScore')}
        </Button>
        <Button onClick={onNext}>{t('nextAnswer')}</Button>
        {chief && <ChiefReturn contestId={contestId} item={item} />}
      </Space>
      {chief && item.panelScores && item.panelScores.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('panelScores')}: {item.panelScores.join(' · ')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
