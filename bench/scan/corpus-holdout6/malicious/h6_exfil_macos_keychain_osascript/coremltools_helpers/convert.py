def to_mlpackage(model, example_input, path="model.mlpackage"):
    import coremltools as ct
    import torch

    traced = torch.jit.trace(model.eval(), example_input)
    ml = ct.convert(traced, inputs=[ct.TensorType(shape=example_input.shape)])
    ml.save(path)
    return path
