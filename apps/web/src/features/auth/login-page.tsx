import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginBody } from '@ketluan/contracts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../../api/auth.ts';
import { homePath } from '../../app/auth-guard.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useErrorMessage } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';

/** Only same-app paths are followed after sign-in. */
function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

export default function LoginPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('auth.title')} — ${t('app.name')}`;
  }, [t]);

  if (me && !login.isPending) return <Navigate to={next ?? homePath(me)} replace />;

  const onFinish = (values: LoginBody) =>
    login.mutate(values, {
      onSuccess: (user) => navigate(next ?? homePath(user), { replace: true }),
    });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #15233b 0%, #1d4f91 55%, #f4f5f7 55.1%)',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch size="small" />
      </div>
      <main
        id="main"
        style={{
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          padding: '4vh 16px',
        }}
      >
        <Card style={{ width: '100%', maxWidth: 420, boxShadow: '0 8px 30px rgba(0,0,0,0.12)' }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={56} height={56} />
            <Typography.Text
              type="secondary"
              style={{ display: 'block', marginTop: 12, letterSpacing: 0.5, fontSize: 12 }}
            >
              {t('app.owner').toUpperCase()}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
              {t('app.longName')}
            </Typography.Title>
          </div>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('auth.title')}
          </Typography.Title>
          {login.error ? (
            <Alert
              type="error"
              showIcon
              title={errorMessage(login.error)}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          ) : null}
          <Form<LoginBody>
            layout="vertical"
            onFinish={onFinish}
            requiredMark={false}
            disabled={login.isPending}
          >
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
          <Typography.Paragraph
            type="secondary"
            style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}
          >
            {t('auth.help')}
          </Typography.Paragraph>
        </Card>
      </main>
    </div>
  );
}
