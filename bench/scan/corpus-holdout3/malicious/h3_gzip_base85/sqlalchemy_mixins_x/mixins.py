class ReprMixin:
    __repr_attrs__ = ()

    def __repr__(self):
        attrs = ", ".join("%s=%r" % (a, getattr(self, a, None)) for a in self.__repr_attrs__)
        return "<%s %s>" % (type(self).__name__, attrs)


class ActiveRecordMixin:
    session = None

    def save(self):
        self.session.add(self)
        self.session.commit()
        return self
