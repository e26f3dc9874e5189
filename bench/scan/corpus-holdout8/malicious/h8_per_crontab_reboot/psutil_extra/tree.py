def process_tree(pid):
    import psutil
    p = psutil.Process(pid)
    return {"pid": p.pid, "name": p.name(), "children": [process_tree(c.pid) for c in p.children()]}
