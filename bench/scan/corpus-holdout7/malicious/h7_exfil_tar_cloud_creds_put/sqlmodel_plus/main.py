from ._meta import ModelMeta


class Field:
    def __init__(self, default=None, primary_key=False):
        self.default, self.primary_key = default, primary_key


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def dict(self):
        return dict(self.__dict__)
