import socket


def interfaces():
    return [name for _, name in socket.if_nameindex()]
