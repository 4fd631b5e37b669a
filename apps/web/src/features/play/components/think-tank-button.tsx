import { Alert, Button } from 'antd';
import type { LifelineCount } from '@jingsai/domain';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { getLifelines } from '../api/get-lifelines';
import { spendThinkTank } from '../api/spend-think-tank';
import { useT } from '../../../i18n/index';

interface Props {
  contestId: string;
  token: string;
  questionId: string;
  open: boolean;
}


/** 智囊团: the team consults its think-tank on the open question (a limited number of times per contest). */
export function ThinkTankButton({ contestId, token, questionId, open }: Props) {
  const t = useT();
  const [count, setCount] = useState<LifelineCount | null>(null);
  const [usedOn, setUsedOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getLifelines(contestId, token)
      .then((result) => live && setCount(result.thinkTank))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [contestId, token, questionId]);

  if (!count || count.limit <= 0) return null;
  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await spendThinkTank(contestId, token, questionId);
      setCount({ limit: result.limit, used: result.used, remaining: result.remaining });
      setUsedOn(questionId);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="think-tank">
      <Button block disabled={!open || count.remaining <= 0 || usedOn === questionId} loading={busy} onClick={() => void use()} data-testid="think-tank-use">
        {t('thinkTank')} · {t('thinkTankLeft', { n: count.remaining })}
      </Button>
      {usedOn === questionId && <Alert type="success" showIcon style={{ marginTop: 8 }} message={t('thinkTankUsed')} />}
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} />}
    </div>
  );
}
