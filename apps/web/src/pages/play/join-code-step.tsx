import { Alert, Button, Form, Input } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../../api/client';
import { joinApi, type JoinLookup } from '../../api/join-api';
import { useT } from '../../i18n';

/** Step 1: the join code alone (printed on the entry sheet) names the contest and the team. */
export function JoinCodeStep({ initial, onFound }: { initial: string; onFound: (code: string, team: JoinLookup) => void }) {
  const t = useT();
  const lookup = useMutation({ mutationFn: (code: string) => joinApi.lookup(code), onSuccess: (team, code) => onFound(code.trim().toUpperCase(), team) });
  return (
    <Form<{ joinCode: string }> layout="vertical" size="large" requiredMark={false} initialValues={{ joinCode: initial }} onFinish={(v) => lookup.mutate(v.joinCode)}>
      {lookup.isError && <Alert type="error" showIcon message={errorMessage(lookup.error)} style={{ marginBottom: 16 }} data-testid="join-error" />}
      <Form.Item
        name="joinCode"
        label={t('joinCode')}
        extra={t('joinCodeHint')}
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
