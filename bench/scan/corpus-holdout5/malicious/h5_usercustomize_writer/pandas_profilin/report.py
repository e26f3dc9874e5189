class ProfileReport:
    def __init__(self, df, title: str = "Report") -> None:
        self.df, self.title = df, title

    def describe(self) -> dict:
        return {c: {"dtype": str(self.df[c].dtype), "nulls": int(self.df[c].isna().sum())} for c in self.df.columns}
