import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteTeam } from '../api/delete-team';
import type { ContestTeam } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { AddTeamForm } from './add-team-form';
import { TeamEditModal } from './team-edit-modal';

/** The teams: join codes, who may join (roster or seats), rename and delete (only before any answer). */
export function TeamsPanel({ contestId, teams }: { contestId: string; teams: ContestTeam[] }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useDeleteTeam(contestId);
  const [editing, setEditing] = useState<ContestTeam | null>(null);
  return (
    <Card title={`${t('teams')} (${teams.length})`} style={{ marginBottom: 16 }} data-testid="teams-panel">
      <Table<ContestTeam>
        size="small"
        rowKey="id"
        dataSource={teams}
        pagination={false}
        locale={{ emptyText: <Empty description={t('noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          {
            title: t('teamName'),
            dataIndex: 'name',
            render: (name: string, team) => (
              <Space direction="vertical" size={0}>
                <span>{name}</span>
                {team.group && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{team.group}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('joinCode'),
            dataIndex: 'joinCode',
            render: (code?: string) => (code ? <Typography.Text code copyable style={{ fontSize: 15 }}>{code}</Typography.Text> : '—'),
          },
          {
            title: t('whoMayJoin'),
            key: 'members',
            render: (_: unknown, team) => (typeof team.memberCap === 'number' ? <Tag>{t('capN', { n: team.memberCap })}</Tag> : <Tag color="geekblue">{t('joinByRoster')}</Tag>),
          },
          {
            title: '',
            key: 'actions',
            width: 76,
            render: (_: unknown, team) => (
              <Space size={4}>
                <Tooltip title={t('editTeam')}>
                  <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('editTeam')} onClick={() => setEditing(team)} />
                </Tooltip>
                <Popconfirm
                  title={t('deleteTeamConfirm', { name: team.name })}
                  description={t('deleteBeforeAnswers')}
                  okText={t('delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('cancel')}
                  onConfirm={() => remove.mutateAsync(team.id).catch((error: unknown) => void message.error(errorMessage(error)))}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <AddTeamForm contestId={contestId} />
      {editing && <TeamEditModal contestId={contestId} team={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
