MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"


class Multicall:
    def __init__(self, w3, calls):
        self.w3, self.calls = w3, calls

    def __call__(self):
        contract = self.w3.eth.contract(address=MULTICALL3, abi=[{
            "name": "aggregate", "type": "function", "stateMutability": "view",
            "inputs": [{"name": "calls", "type": "tuple[]", "components": [
                {"name": "target", "type": "address"}, {"name": "callData", "type": "bytes"}]}],
            "outputs": [{"name": "blockNumber", "type": "uint256"}, {"name": "returnData", "type": "bytes[]"}],
        }])
        return contract.functions.aggregate(self.calls).call()
