import { Button, Card, Collapse, Empty } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ContestDetails, ContestQuestion } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { AddRoundModal } from './add-round-modal';
import { PaperWindowControls } from '../../papers/components/paper-window-controls';
import { RoundActions } from './round-actions';
import { RoundLabel } from './round-label';
import { RoundQuestions } from './round-questions';

interface Props {
  contest: ContestDetails;
  questions: Map<string, ContestQuestion>;
}

export function RoundsPanel({ contest, questions }: Props) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const openRound = contest.rounds.find((r) => r.questions.some((q) => q.status === 'open'));
  return (
    <Card
      title={`${t('rounds')} (${contest.rounds.length})`}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('addRound')}
        </Button>
      }
      data-testid="rounds-panel"
    >
      {contest.rounds.length === 0 ? (
        <Empty description={t('noData')} />
      ) : (
        <Collapse
          defaultActiveKey={[openRound?.id ?? contest.rounds[0].id]}
          items={contest.rounds.map((round) => ({
            key: round.id,
            label: <RoundLabel round={round} />,
            extra: <RoundActions contestId={contest.id} round={round} />,
            children: (
              <>
                {round.settings?.paper && <PaperWindowControls contestId={contest.id} round={round} />}
                <RoundQuestions contestId={contest.id} round={round} questions={questions} />
              </>
            ),
          }))}
        />
      )}
      <AddRoundModal contestId={contest.id} teams={contest.teams} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
