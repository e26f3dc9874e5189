"""SSO convenience plugin for the AWS CLI."""
