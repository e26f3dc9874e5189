"""Generated protobuf modules shipped as a flat vendored tree."""
