"""The PDF toolkit every form shares: fonts, styles, the page layout with its letterhead and
footer, formatting in the document's language, and the Chinese catalogue of the forms' words."""
