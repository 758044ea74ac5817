"""Topic models: fitting, choosing K, evaluation and the 10kGNAD benchmark."""
