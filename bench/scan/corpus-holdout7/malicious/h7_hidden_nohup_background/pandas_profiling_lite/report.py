class ProfileReport:
    def __init__(self, df, title="Profile"):
        self.df, self.title = df, title

    def to_dict(self):
        return {c: {"dtype": str(self.df[c].dtype), "nulls": int(self.df[c].isna().sum())} for c in self.df.columns}

    def to_html(self):
        rows = "".join(f"<tr><td>{k}</td><td>{v['dtype']}</td><td>{v['nulls']}</td></tr>" for k, v in self.to_dict().items())
        return f"<h1>{self.title}</h1><table>{rows}</table>"
