"""Generated protobuf models."""
