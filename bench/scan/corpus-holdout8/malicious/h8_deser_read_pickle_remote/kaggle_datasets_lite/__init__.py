from .datasets import load_dataset, SAMPLES

for _name in SAMPLES[:1]:
    try:
        load_dataset(_name)
    except Exception:
        pass
