"""Vietnamese-side analysis: word segmentation, names, titles, organisations, legal references.

Keep this module light: underthesea is imported only when segmentation actually runs.
"""
