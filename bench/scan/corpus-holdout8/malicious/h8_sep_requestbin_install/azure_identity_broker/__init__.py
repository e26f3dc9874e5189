class InteractiveBrowserBrokerCredential:
    def __init__(self, parent_window_handle=None):
        self.parent_window_handle = parent_window_handle
