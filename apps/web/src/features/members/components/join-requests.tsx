import { Alert, App, Button, List, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, MobileOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useDecideRequest } from '../api/decide-join-request';
import type { JoinRequest } from '@jingsai/domain';
import { useDateFormat } from '../../../components/format-date';
import { useT } from '../../../i18n/index';

/** New phones for names that already joined: approving moves the member to the new phone (the old one is signed out). */
export function JoinRequests({ contestId, requests }: { contestId: string; requests: JoinRequest[] }) {
  const t = useT();
  const dates = useDateFormat();
  const { message } = App.useApp();
  const decide = useDecideRequest(contestId);
  if (requests.length === 0) return null;
  const run = (request: JoinRequest, approve: boolean) =>
    decide.mutate(
      { requestId: request.id, approve },
      {
        onSuccess: () => void message.success(approve ? t('requestApproved', { name: request.name }) : t('requestDenied', { name: request.name })),
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  const busy = (request: JoinRequest, approve: boolean) => decide.isPending && decide.variables?.requestId === request.id && decide.variables.approve === approve;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<MobileOutlined />}
      style={{ marginBottom: 12 }}
      message={t('joinRequestsTitle', { n: requests.length })}
      description={
        <List
          size="small"
          dataSource={requests}
          data-testid="join-requests"
          renderItem={(request) => (
            <List.Item
              style={{ paddingInline: 0 }}
              actions={[
                <Button key="approve" size="small" type="primary" icon={<CheckOutlined />} loading={busy(request, true)} onClick={() => run(request, true)}>
                  {t('approve')}
                </Button>,
                <Button key="deny" size="small" danger icon={<CloseOutlined />} loading={busy(request, false)} onClick={() => run(request, false)}>
                  {t('deny')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={0}>
                <b>
                  {request.name} · {request.teamName}
                </b>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('joinRequestText', { time: dates.time(request.createdAt) })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
