/**
 * Sending e-mail: one small interface over nodemailer's SMTP transport, so the reminder code
 * never touches the library and a deployment without SMTP simply has no mailer.
 * @module
 */
import nodemailer from 'nodemailer';

/** One message to one recipient, in plain text and HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What reminders need of a mail transport. */
export interface Mailer {
  /** Sends one message; resolves with the server's message id, rejects on any failure. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Closes open connections. */
  close(): void;
}

/**
 * A mailer over SMTP (`smtp://user:pass@host:587`, STARTTLS when the server offers it, or
 * `smtps://host:465`), sending from `from`.
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from });
  return {
    async send(m) {
      const info = await transport.sendMail({
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      });
      return { messageId: String(info.messageId ?? '') };
    },
    close: () => transport.close(),
  };
}
