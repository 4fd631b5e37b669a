import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTieBreaks } from '../api/get-tie-breaks';
import { useContest } from '../api/get-contest';
import type { ContestDetails, ContestTeam, TieBreakGroup } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { AddRoundModal } from '../../rounds/components/add-round-modal';

interface Props {
  contestId: string;
  teams: ContestTeam[];
  /** The live board's version: ties are re-read when it moves. */
  boardVersion: number | undefined;
}

/**
 * Ties that matter: none before the contest starts (every team has the base score then), and while it runs not the
 * whole field still at the base score (nothing has separated anyone yet); once finished, every podium tie.
 */
export function tiesThatMatter(groups: TieBreakGroup[], contest: Pick<ContestDetails, 'status' | 'baseScore' | 'teams'> | undefined): TieBreakGroup[] {
  if (!contest || contest.status === 'draft') return [];
  if (contest.status !== 'running') return groups;
  return groups.filter((g) => !(g.score === contest.baseScore && g.teams.length >= contest.teams.length));
}

/** 加赛: teams sharing a podium place, with a shortcut to a tie-break round for them. */
export function TieBreakCard({ contestId, teams, boardVersion }: Props) {
  const t = useT();
  const tieBreaks = useTieBreaks(contestId, boardVersion);
  const contest = useContest(contestId);
  const [creating, setCreating] = useState<TieBreakGroup | null>(null);
  const started = contest.data !== undefined && contest.data.status !== 'draft';
  const groups = tiesThatMatter(tieBreaks.data?.groups ?? [], contest.data);
  return (
    <Card title={t('tieBreaks')} size="small" data-testid="tie-breaks">
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{tieBreaks.isLoading ? t('loading') : started ? t('noTies') : t('tieBreakNotStarted')}</Typography.Text>
      ) : (
        <>
          <Alert type="warning" showIcon message={t('tieBreakHint')} style={{ marginBottom: 8 }} />
          <List
            size="small"
            dataSource={groups}
            renderItem={(group) => (
              <List.Item
                actions={[
                  <Button key="add" size="small" icon={<PlusOutlined />} onClick={() => setCreating(group)}>
                    {t('addTieBreakRound')}
                  </Button>,
                ]}
              >
                <Space wrap>
                  <Tag color="gold">{t('rankN', { n: group.rank })}</Tag>
                  <b>
                    {group.score} {t('points')}
                  </b>
                  {group.teams.map((team) => (
                    <Tag key={team.teamId}>{team.teamName}</Tag>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      {creating && (
        <AddRoundModal
          contestId={contestId}
          teams={teams}
          open
          onClose={() => setCreating(null)}
          initial={{ title: t('tieBreakTitle', { n: creating.rank }), settings: { tieBreak: true, tieBreakTeams: creating.teams.map((team) => team.teamId) } }}
        />
      )}
    </Card>
  );
}
