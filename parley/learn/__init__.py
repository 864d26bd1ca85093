"""The learned layer: a sentence classifier beside the rules (`parley extract --learned`).

- `encoder`: MiniLM sentence vectors in numpy (the only owner of tokenizers/safetensors).
- `classifier`: the trained head (`knowledge/classifier.npz`) and `EventClassifier`.
- `train`: `parley train`, deterministic from `training/`.
- `combine`: confidence for the rules' events, and events for predicates no rule typed.
"""
