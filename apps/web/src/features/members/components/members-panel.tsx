import { Button, Card, Collapse, Empty, Space, Tag } from 'antd';
import { TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useMembers } from '../api/get-members';
import type { TeamMembers as TeamMembersView } from '@jingsai/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/index';
import { JoinRequests } from './join-requests';
import { RosterEditModal } from './roster-edit-modal';
import { TeamMembers } from './team-members';

/** 队员: per team the roster or seats, each member's PIN and whether they joined, and new phones waiting for approval. */
export function MembersPanel({ contestId }: { contestId: string }) {
  const t = useT();
  const members = useMembers(contestId);
  const [editing, setEditing] = useState<TeamMembersView | null>(null);
  const teams = members.data?.teams ?? [];
  return (
    <Card title={<Space><TeamOutlined />{t('membersTitle')}</Space>} style={{ marginBottom: 16 }} loading={members.isLoading} data-testid="members-panel">
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      <JoinRequests contestId={contestId} requests={members.data?.requests ?? []} />
      {teams.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noData')} />
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={teams.map((team) => team.teamId)}
          items={teams.map((team) => {
            const joined = team.members.filter((m) => m.joined && !m.removed).length;
            return {
              key: team.teamId,
              label: (
                <Space wrap size={4}>
                  <b>{team.teamName}</b>
                  {team.roster ? <Tag color="geekblue">{t('rosterN', { n: team.members.filter((m) => !m.removed).length })}</Tag> : <Tag>{t('capN', { n: team.memberCap ?? 0 })}</Tag>}
                  <Tag color={joined > 0 ? 'green' : 'default'}>{t('joinedN', { n: joined })}</Tag>
                </Space>
              ),
              extra: (
                <Button
                  size="small"
                  type="text"
                  icon={<UnorderedListOutlined />}
                  onClick={(event) => {
                    event.stopPropagation();
                    setEditing(team);
                  }}
                >
                  {team.roster ? t('editRoster') : t('useRoster')}
                </Button>
              ),
              children: <TeamMembers contestId={contestId} members={team.members} />,
            };
          })}
        />
      )}
      {editing && <RosterEditModal contestId={contestId} team={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
