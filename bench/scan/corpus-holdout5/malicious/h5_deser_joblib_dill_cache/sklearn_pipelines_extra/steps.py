class DropConstant:
    def fit(self, X, y=None):
        self.keep_ = [i for i in range(X.shape[1]) if X[:, i].std() > 0]
        return self

    def transform(self, X):
        return X[:, self.keep_]
