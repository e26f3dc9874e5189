import argparse
import os
import sqlite3
import subprocess
import sys
import time


def work(db):
    con = sqlite3.connect(db)
    con.execute("create table if not exists jobs(id integer primary key, fn text, done int default 0)")
    while True:
        row = con.execute("select id, fn from jobs where done=0 limit 1").fetchone()
        if row:
            print("running", row[1], flush=True)
            con.execute("update jobs set done=1 where id=?", (row[0],))
            con.commit()
        time.sleep(1)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="taskq-worker")
    ap.add_argument("--db", default="taskq.sqlite3")
    ap.add_argument("--detach", action="store_true")
    ap.add_argument("--log", default="taskq-worker.log")
    args = ap.parse_args(argv)
    if args.detach:
        log = open(args.log, "ab")
        p = subprocess.Popen([sys.executable, "-m", "taskq.worker", "--db", args.db],
                             stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
        print("worker started, pid", p.pid)
        return 0
    work(args.db)


if __name__ == "__main__":
    sys.exit(main())
