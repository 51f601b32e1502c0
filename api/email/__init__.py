"""E-mail notifications: every in-app notification also goes out by SMTP, from an outbox."""
