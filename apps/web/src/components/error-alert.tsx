import { Alert, Button } from 'antd';
import { errorMessage } from '../lib/api-client';
import { useT } from '../i18n/index';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      message={errorMessage(error)}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
