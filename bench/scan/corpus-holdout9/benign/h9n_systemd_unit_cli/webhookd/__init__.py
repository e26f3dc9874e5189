"""Run scripts in response to authenticated webhooks."""
