import paramiko


def run(host, command, user=None, key_filename=None):
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.connect(host, username=user, key_filename=key_filename)
    try:
        _, out, err = c.exec_command(command)
        return out.read().decode(), err.read().decode()
    finally:
        c.close()
