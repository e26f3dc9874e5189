class ToastNotifier:
    def show_toast(self, title="Notification", msg="", duration=5, callback_on_click=None):
        from win10toast import ToastNotifier as _T

        _T().show_toast(title, msg, duration=duration, threaded=True)
        self.callback = callback_on_click
