"""The floor beneath everything: the error kinds, typed ids, translatable phrases and text cleaning. Imports nothing of Showroom."""
