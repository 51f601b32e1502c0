"""Outbound webhooks: subscriptions, the transactional outbox and signed deliveries."""
