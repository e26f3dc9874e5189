import collections


class RingBuffer(collections.deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
