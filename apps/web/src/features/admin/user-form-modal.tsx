import { CreateUserBody, ROLES, type Role } from '@ketluan/contracts';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useCreateUser } from '../../api/users.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { useErrorMessage } from '../../components/states.tsx';
import { type MessageKey, useT } from '../../i18n/index.tsx';

interface Values {
  username: string;
  name: string;
  email?: string;
  password: string;
  role: Role;
  orgId?: string;
  digestOnly?: boolean;
}

/** Roles whose users belong to one org. */
const ORG_ROLES: readonly Role[] = ['agency'];

/**
 * Creating a user. The rules are the API contract's (same Vietnamese messages as the server);
 * closing with unsaved input asks first.
 */
export function UserFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const [dirty, setDirty] = useState(false);

  const close = () => {
    form.resetFields();
    create.reset();
    setDirty(false);
    onClose();
  };
  const requestClose = () => {
    if (!dirty) return close();
    modal.confirm({
      title: t('leave.title'),
      content: t('leave.body'),
      okText: t('leave.discard'),
      okButtonProps: { danger: true },
      cancelText: t('leave.stay'),
      onOk: close,
    });
  };

  const submit = async () => {
    const values = await form.validateFields();
    const body = {
      ...values,
      email: values.email?.trim() ? values.email.trim() : null,
      orgId: values.orgId ?? null,
    };
    const parsed = CreateUserBody.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({ name: i.path[0] as keyof Values, errors: [i.message] })),
      );
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        message.success(t('users.created.ok', { name: user.name }));
        close();
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('users.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={requestClose}
      confirmLoading={create.isPending}
      maskClosable={false}
      destroyOnHidden
      forceRender
    >
      {create.error ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(create.error)}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ role: 'agency', digestOnly: false }}
        onValuesChange={() => setDirty(true)}
        name="user"
      >
        <Form.Item
          label={t('users.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('users.nameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={[{ required: true, message: t('users.usernameRequired') }]}
          extra={t('users.usernameHelp')}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.password')}
          name="password"
          rules={[{ required: true, message: t('users.passwordRequired') }]}
          extra={t('users.passwordHelp')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.role')} name="role" rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item
          label={t('users.org')}
          name="orgId"
          rules={[{ required: ORG_ROLES.includes(role), message: t('users.orgRequired') }]}
        >
          <OrgSelect aria-label={t('users.org')} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email">
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.digestOnly')} name="digestOnly" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
