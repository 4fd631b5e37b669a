import { App, Button, Empty, List, Popconfirm, Tag } from 'antd';
import { UserDeleteOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useAssignedJudges } from '../api/get-assigned-judges';
import { useUnassignJudge } from '../api/unassign-judge';
import { useT } from '../../../i18n/index';

/** The judges assigned to this contest; a judge leaves only with no scores still pending (the server says so). */
export function AssignedJudges({ contestId }: { contestId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const judges = useAssignedJudges(contestId);
  const unassign = useUnassignJudge(contestId);
  return (
    <List
      size="small"
      loading={judges.isLoading}
      dataSource={judges.data ?? []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noJudgesAssigned')} /> }}
      data-testid="assigned-judges"
      renderItem={(judge) => (
        <List.Item
          style={{ paddingInline: 0 }}
          actions={[
            <Popconfirm
              key="remove"
              title={t('unassignJudgeConfirm', { name: judge.username })}
              okText={t('unassignJudge')}
              okButtonProps={{ danger: true }}
              cancelText={t('cancel')}
              onConfirm={() =>
                unassign.mutateAsync(judge.userId).then(
                  () => void message.success(t('judgeUnassigned', { name: judge.username })),
                  (error: unknown) => void message.error(errorMessage(error)),
                )
              }
            >
              <Button size="small" type="text" danger icon={<UserDeleteOutlined />}>
                {t('unassignJudge')}
              </Button>
            </Popconfirm>,
          ]}
        >
          <span>
            {judge.username} {judge.chief && <Tag color="gold">{t('chiefJudge')}</Tag>}
          </span>
        </List.Item>
      )}
    />
  );
}
