import csv


def read_csv(path):
    return list(csv.DictReader(open(path)))
