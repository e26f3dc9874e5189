import yaml


def lint_file(path):
    issues = []
    with open(path) as f:
        for play in yaml.safe_load(f) or []:
            for task in play.get("tasks", []):
                if "name" not in task:
                    issues.append(f"{path}: unnamed task")
                if "shell" in task and "creates" not in task.get("args", {}):
                    issues.append(f"{path}: shell task without creates=")
    return issues
