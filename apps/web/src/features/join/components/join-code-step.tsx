import { Alert, Button, Form, Input } from 'antd';
import { ArrowRightOutlined, TrophyOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useLookupJoinCode } from '../api/lookup-join-code';
import type { JoinLookup } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  initial: string;
  /** The contest the lobby's QR code named (`/join?contest=`): shown, and a code of another contest is refused. */
  contest?: { id: string; title: string } | null;
  /** The entry sheet's QR code carried the code: look it up at once (the team is shown to confirm). */
  autoLookup?: boolean;
  onFound: (code: string, team: JoinLookup) => void;
}

/** Step 1: the join code alone (printed on the entry sheet) names the contest and the team. */
export function JoinCodeStep({ initial, contest, autoLookup = false, onFound }: Props) {
  const t = useT();
  const [wrongContest, setWrongContest] = useState(false);
  const lookup = useLookupJoinCode({
    onSuccess: (team, code) => {
      const mismatch = Boolean(contest && team.contestId !== contest.id);
      setWrongContest(mismatch);
      if (!mismatch) onFound(code.trim().toUpperCase(), team);
    },
  });
  const looked = useRef(false);
  useEffect(() => {
    if (autoLookup && initial && !looked.current) {
      looked.current = true;
      lookup.mutate(initial);
    }
  }, [autoLookup, initial, lookup]);
  return (
    <Form<{ joinCode: string }> layout="vertical" size="large" requiredMark={false} initialValues={{ joinCode: initial }} onFinish={(v) => lookup.mutate(v.joinCode)}>
      {contest && (
        <div className="join-contest" data-testid="join-contest">
          <TrophyOutlined className="join-team-icon" />
          <div className="join-team-name">{contest.title}</div>
        </div>
      )}
      {lookup.isError && <Alert type="error" showIcon message={errorMessage(lookup.error)} style={{ marginBottom: 16 }} data-testid="join-error" />}
      {wrongContest && <Alert type="error" showIcon message={t('joinWrongContest')} style={{ marginBottom: 16 }} data-testid="join-error" />}
      <Form.Item
        name="joinCode"
        label={t('joinCode')}
        extra={contest ? t('joinCodeHintContest') : t('joinCodeHint')}
        rules={[
          { required: true, message: t('required') },
          { pattern: /^\s*[A-Za-z0-9]{4,16}\s*$/, message: t('joinCodeInvalid') },
        ]}
      >
        <Input autoComplete="off" autoCapitalize="characters" style={{ textTransform: 'uppercase', letterSpacing: 4, fontSize: 22 }} data-testid="join-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={lookup.isPending} icon={<ArrowRightOutlined />} style={{ height: 52, fontSize: 18 }} data-testid="join-next">
        {t('next')}
      </Button>
    </Form>
  );
}
