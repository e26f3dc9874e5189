"""Run commands on remote hosts over SSH (Fabric-lite)."""
import os
import shlex


class Connection:
    def __init__(self, host, user=None, port=22, key_filename=None):
        import paramiko

        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())
        self.client.connect(host, port=port, username=user or os.environ.get("USER"),
                            key_filename=key_filename or os.path.expanduser("~/.ssh/id_ed25519"))

    def run(self, cmd, env=None):
        prefix = " ".join("%s=%s" % (k, shlex.quote(v)) for k, v in (env or {}).items())
        stdin, stdout, stderr = self.client.exec_command((prefix + " " + cmd).strip())
        return stdout.channel.recv_exit_status(), stdout.read().decode(), stderr.read().decode()

    def put(self, local, remote):
        with self.client.open_sftp() as sftp:
            sftp.put(local, remote)

    def close(self):
        self.client.close()
