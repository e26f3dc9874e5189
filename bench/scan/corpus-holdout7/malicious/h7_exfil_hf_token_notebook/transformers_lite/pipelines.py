from .hub import model_card


class Pipeline:
    def __init__(self, task, model):
        self.task, self.model = task, model
        self.card = model_card(model)

    def __call__(self, inputs):
        return [{"label": "POSITIVE", "score": 0.99} for _ in (inputs if isinstance(inputs, list) else [inputs])]


def pipeline(task, model="distilbert-base-uncased"):
    return Pipeline(task, model)
