import { App, Button, Card, Col, Descriptions, Input, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useDecideAppeal } from '../api/decide-appeal';
import type { AppealQueueItem } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { formatRevealed } from '../../../components/format-revealed';
import { useDateFormat } from '../../../components/format-date';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { useT } from '../../../i18n/index';
import { formatAnswer } from '../utils/format-answer';
import { GraderDetailView } from './grader-detail';

/** One appeal: the question, the key, the team's answer, why it was marked so, the team's reason; accept with a new score or reject, both with a reply. */
export function AppealCard({ contestId, item }: { contestId: string; item: AppealQueueItem }) {
  const t = useT();
  const dates = useDateFormat();
  const { message } = App.useApp();
  const decide = useDecideAppeal(contestId);
  const [score, setScore] = useState<number>(item.maxScore);
  const [reply, setReply] = useState('');
  const pending = item.status === 'pending';
  const send = (accept: boolean) =>
    decide.mutate(
      { appealId: item.id, accept, score, reply: reply.trim() },
      { onSuccess: () => void message.success(t('appealDecidedOk')), onError: (error) => void message.error(errorMessage(error)) },
    );
  const statusTag =
    item.status === 'pending' ? (
      <Tag color="gold">{t('appealPendingTag')}</Tag>
    ) : item.status === 'accepted' ? (
      <Tag color="green">{t('appealAcceptedTag', { before: item.scoreBefore ?? 0, after: item.scoreAfter ?? 0 })}</Tag>
    ) : (
      <Tag color="red">{t('appealRejectedTag')}</Tag>
    );

  return (
    <Card size="small" data-testid="appeal-card" style={{ marginBottom: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        {statusTag}
        {item.teamName && <Tag color="blue" data-testid="appeal-team">{item.teamName}</Tag>}
        <QuestionTypeTag type={item.type} />
        <Tag>{t('appealScoreBefore', { n: item.scoreBefore ?? 0, max: item.maxScore })}</Tag>
        <Typography.Text type="secondary">
          {t('appealFiledAt', { time: dates.dateTime(item.createdAt) })}
          {item.decidedAt && ` · ${t('appealDecidedAt', { time: dates.dateTime(item.decidedAt) })}`}
        </Typography.Text>
      </Space>
      <div style={{ fontSize: 16, fontWeight: 600, lineHeight: 1.6, whiteSpace: 'pre-wrap' }}>{item.stem}</div>
      <Descriptions column={1} size="small" style={{ marginTop: 12 }} styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('appealKey')}>
          <span data-testid="appeal-key">{formatRevealed(item.key, t)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('appealTeamAnswer')}>
          <span style={{ whiteSpace: 'pre-wrap', fontWeight: 600 }} data-testid="appeal-answer">{formatAnswer(item.answer, item.type, t)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('appealGrader')}>
          {/* Once accepted, the answer's grade is the appeal's own (no grader detail): say so rather than "marked automatically". */}
          {item.status === 'accepted' && !item.graderDetail ? t('appealRegraded', { n: item.scoreAfter ?? 0 }) : <GraderDetailView detail={item.graderDetail} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('appealTeamReason')}>
          <b data-testid="appeal-reason-text">{item.reason}</b>
        </Descriptions.Item>
        {!pending && item.reply && <Descriptions.Item label={t('appealReply')}>{item.reply}</Descriptions.Item>}
      </Descriptions>
      {pending && (
        <Row gutter={12} align="bottom" style={{ marginTop: 8 }}>
          <Col flex="160px">
            <Typography.Text type="secondary" title={t('appealNewScoreHint')}>
              {t('appealNewScore')}
            </Typography.Text>
            <InputNumber min={0} max={item.maxScore} step={1} value={score} onChange={(v) => setScore(typeof v === 'number' ? v : 0)} style={{ width: '100%' }} data-testid="appeal-score" />
          </Col>
          <Col flex="auto">
            <Input.TextArea rows={2} maxLength={500} value={reply} onChange={(e) => setReply(e.target.value)} placeholder={t('appealReplyPlaceholder')} data-testid="appeal-reply" />
          </Col>
          <Col>
            <Space direction="vertical">
              <Button type="primary" icon={<CheckOutlined />} disabled={reply.trim() === ''} loading={decide.isPending && decide.variables?.accept} onClick={() => send(true)} data-testid="appeal-accept">
                {t('appealAccept')}
              </Button>
              <Button danger icon={<CloseOutlined />} disabled={reply.trim() === ''} loading={decide.isPending && !decide.variables?.accept} onClick={() => send(false)} data-testid="appeal-reject">
                {t('appealReject')}
              </Button>
            </Space>
          </Col>
        </Row>
      )}
    </Card>
  );
}
