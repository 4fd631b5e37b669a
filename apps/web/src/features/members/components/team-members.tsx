import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { KeyOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useRemoveMember } from '../api/remove-member';
import { useResetPin } from '../api/reset-pin';
import type { MemberRow } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** One team's members: PIN (for a new phone), joined or not, reset the PIN, remove the member. */
export function TeamMembers({ contestId, members }: { contestId: string; members: MemberRow[] }) {
  const t = useT();
  const { message } = App.useApp();
  const resetPin = useResetPin(contestId);
  const remove = useRemoveMember(contestId);
  const onError = (error: unknown) => void message.error(errorMessage(error));
  return (
    <Table<MemberRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={members}
      locale={{ emptyText: t('noMembersYet') }}
      columns={[
        { title: t('memberName'), dataIndex: 'name', render: (name: string, m) => (m.removed ? <Typography.Text delete>{name}</Typography.Text> : name) },
        { title: 'PIN', dataIndex: 'pin', width: 90, render: (pin: string | null) => (pin ? <Typography.Text code>{pin}</Typography.Text> : '—') },
        {
          title: t('status'),
          key: 'state',
          width: 84,
          render: (_: unknown, m) =>
            m.removed ? <Tag>{t('memberRemoved')}</Tag> : m.joined ? <Tag color="green">{t('memberJoined')}</Tag> : <Tag color="default">{t('memberNotJoined')}</Tag>,
        },
        {
          title: '',
          key: 'actions',
          width: 72,
          render: (_: unknown, m) =>
            m.removed ? null : (
              <Space size={2}>
                <Popconfirm
                  title={t('resetPinConfirm', { name: m.name })}
                  description={t('resetPinHint')}
                  okText={t('resetPin')}
                  cancelText={t('cancel')}
                  onConfirm={() =>
                    resetPin.mutateAsync(m.id).then((r) => void message.success(t('pinIs', { name: m.name, pin: r.pin })), onError)
                  }
                >
                  <Tooltip title={t('resetPin')}>
                    <Button size="small" type="text" icon={<KeyOutlined />} aria-label={t('resetPin')} />
                  </Tooltip>
                </Popconfirm>
                <Popconfirm
                  title={t('removeMemberConfirm', { name: m.name })}
                  description={t('removeMemberHint')}
                  okText={t('removeMember')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('cancel')}
                  onConfirm={() => remove.mutateAsync(m.id).then(() => void message.success(t('memberRemovedDone', { name: m.name })), onError)}
                >
                  <Tooltip title={t('removeMember')}>
                    <Button size="small" type="text" danger icon={<UserDeleteOutlined />} aria-label={t('removeMember')} />
                  </Tooltip>
                </Popconfirm>
              </Space>
            ),
        },
      ]}
    />
  );
}
