import { App, Button, Card, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { DownloadOutlined, EyeOutlined, FieldTimeOutlined, LockOutlined, PauseCircleOutlined, PlayCircleOutlined, PrinterOutlined, UnlockOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useStaffToken } from '../../auth/auth-context';
import { errorMessage } from '../../../lib/api-client';
import { downloadResults } from '../../contests/api/download-results';
import { useAdjustment } from '../api/adjust-score';
import { useExtend } from '../api/extend-question';
import { useFreeze } from '../api/freeze-board';
import { usePause } from '../api/pause-question';
import { useReveal } from '../api/reveal-answer';
import type { ContestTeam } from '@jingsai/domain';
import type { LiveState } from '../hooks/use-live-socket';
import { useT } from '../../../i18n/index';

interface Props {
  contestId: string;
  teams: ContestTeam[];
  live: LiveState;
}

/** The organizer's live tools: freeze/reveal the board, extend/reveal the question, adjust, export, print. */
export function LiveTools({ contestId, teams, live }: Props) {
  const t = useT();
  return (
    <Card title={t('liveTools')} size="small" data-testid="live-tools">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap>
          <BoardFreeze contestId={contestId} frozen={live.leaderboard?.frozen ?? false} />
          <QuestionTools contestId={contestId} live={live} />
          <ResultsButton contestId={contestId} />
          <Link to={`/console/contests/${contestId}/print`} target="_blank">
            <Button icon={<PrinterOutlined />}>{t('printSheet')}</Button>
          </Link>
        </Space>
        <AdjustmentForm contestId={contestId} teams={teams} />
      </Space>
    </Card>
  );
}

function BoardFreeze({ contestId, frozen }: { contestId: string; frozen: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const freeze = useFreeze(contestId);
  const [state, setState] = useState<boolean | null>(null);
  const isFrozen = state ?? frozen;
  const run = (action: 'freeze' | 'unfreeze') =>
    freeze.mutate(action, { onSuccess: (result) => setState(result.frozen), onError: (error) => void message.error(errorMessage(error)) });
  return (
    <Space>
      {isFrozen && (
        <Tag color="cyan" icon={<LockOutlined />}>
          {t('boardFrozenStaff')}
        </Tag>
      )}
      {isFrozen ? (
        <Button type="primary" icon={<UnlockOutlined />} onClick={() => run('unfreeze')} loading={freeze.isPending} data-testid="unfreeze">
          {t('unfreezeBoard')}
        </Button>
      ) : (
        <Button icon={<LockOutlined />} onClick={() => run('freeze')} loading={freeze.isPending} data-testid="freeze">
          {t('freezeBoard')}
        </Button>
      )}
    </Space>
  );
}

function QuestionTools({ contestId, live }: { contestId: string; live: LiveState }) {
  const t = useT();
  const { message } = App.useApp();
  const extend = useExtend(contestId);
  const reveal = useReveal(contestId);
  const pause = usePause(contestId);
  const view = live.live;
  if (!view?.round || !view.question) return null;
  const target = { roundId: view.round.id, questionId: view.question.id };
  const onError = (error: Error) => void message.error(errorMessage(error));
  return (
    <Space>
      <Button
        disabled={view.phase !== 'open'}
        loading={pause.isPending}
        icon={view.pausedAt ? <PlayCircleOutlined /> : <PauseCircleOutlined />}
        onClick={() => pause.mutate({ ...target, action: view.pausedAt ? 'resume' : 'pause' }, { onError })}
        data-testid="pause-question"
      >
        {view.pausedAt ? t('resumeQuestion') : t('pauseQuestion')}
      </Button>
      {[15, 30].map((seconds) => (
        <Button key={seconds} icon={<FieldTimeOutlined />} disabled={view.phase !== 'open'} loading={extend.isPending && extend.variables?.seconds === seconds} onClick={() => extend.mutate({ ...target, seconds }, { onError })}>
          {t('extendQuestion')} {t('extendBy', { n: seconds })}
        </Button>
      ))}
      <Button icon={<EyeOutlined />} disabled={view.phase !== 'closed' || Boolean(view.revealed)} loading={reveal.isPending} onClick={() => reveal.mutate(target, { onError })} data-testid="reveal-answer">
        {t('revealAnswer')}
      </Button>
    </Space>
  );
}

function ResultsButton({ contestId }: { contestId: string }) {
  const t = useT();
  const token = useStaffToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadResults(contestId, token);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="download-results">
      {t('downloadResults')}
    </Button>
  );
}

interface AdjustForm {
  teamId: string;
  points: number;
  reason: string;
}

function AdjustmentForm({ contestId, teams }: { contestId: string; teams: ContestTeam[] }) {
  const t = useT();
  const { message } = App.useApp();
  const adjust = useAdjustment(contestId);
  const [form] = Form.useForm<AdjustForm>();
  const submit = (values: AdjustForm) =>
    adjust.mutate(
      { teamId: values.teamId, points: values.points, reason: values.reason.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('adjustDone'));
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  return (
    <Form<AdjustForm> form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }} data-testid="adjustment-form">
      <Form.Item label={t('adjustment')} name="teamId" rules={[{ required: true, message: t('required') }]}>
        <Select placeholder={t('team')} style={{ width: 160 }} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item name="points" rules={[{ required: true, message: t('required') }, { validator: (_, v: number | undefined) => (v === 0 ? Promise.reject(new Error(t('required'))) : Promise.resolve()) }]}>
        <InputNumber placeholder={t('adjustPoints')} style={{ width: 190 }} />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input placeholder={t('adjustReason')} maxLength={500} style={{ width: 240 }} />
      </Form.Item>
      <Button htmlType="submit" loading={adjust.isPending}>
        {t('adjustment')}
      </Button>
    </Form>
  );
}
