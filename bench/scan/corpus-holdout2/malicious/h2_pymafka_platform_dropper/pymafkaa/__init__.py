class KafkaClient:
    def __init__(self, hosts="127.0.0.1:9092"):
        self.hosts = hosts.split(",")
