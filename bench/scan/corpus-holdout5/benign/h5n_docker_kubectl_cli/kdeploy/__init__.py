"""Build, push and roll out a service to Kubernetes."""
