"""The customer file across the areas: merging two cards and erasing a person (GDPR) touch
every area's records, so they live above the areas."""
