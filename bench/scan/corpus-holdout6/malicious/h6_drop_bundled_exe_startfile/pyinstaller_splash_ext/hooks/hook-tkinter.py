hiddenimports = ['tkinter.ttk']
